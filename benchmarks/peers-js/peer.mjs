// The peers harness's JavaScript client: Microsoft's @azure/ai-voicelive reading the emulator's firehose, or (with
// "send" as the fifth argument) appending <count> chunks of audio to the emulator's sink with session.sendAudio.
// Usage: node peer.mjs <endpoint> <count> <chunkBytes> <steadyPasses> [receive|send]. Prints one "peer-run" line per pass: the first
// pass is the cold figure, the ones after it (which it warmed up) the steady ones; the same shape as the .NET clients'
// lines, except that allocations are not measured (alloc_bytes=-1).
import { VoiceLiveClient } from "@azure/ai-voicelive";

const [endpoint, countText, chunkText, passesText, direction] = process.argv.slice(2);
const count = Number(countText);
const chunkBytes = Number(chunkText);
const query = `emulator-fault=firehose&emulator-firehose-count=${count}&emulator-firehose-chunk-bytes=${chunkBytes}`;

async function pass() {
  // The client keeps the base endpoint's query and sets its own path and parameters on top of it.
  const client = new VoiceLiveClient(`${endpoint.replace(/\/$/, "")}/?${query}`, { key: "benchmark" }, { apiVersion: "2026-07-15" });
  const session = client.createSession("gpt-realtime");
  let events = 0;
  let audioBytes = 0;
  let sink = 0;
  let started;
  let cpu;
  let created;
  const sessionCreated = new Promise((resolve) => (created = resolve));
  let finish;
  let fail;
  const done = new Promise((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  session.subscribe({
    onServerEvent: async (event) => {
      if (event.type === "session.created") {
        created();
        return;
      }

      if (started === undefined) {
        return;
      }

      events++;
      if (event.type === "response.audio.delta") {
        const bytes = event.delta;
        if (typeof bytes === "string") {
          const decoded = Buffer.from(bytes, "base64");
          sink += decoded[0] + decoded[decoded.length - 1];
          audioBytes += decoded.length;
        } else {
          sink += bytes[0] + bytes[bytes.length - 1];
          audioBytes += bytes.length;
        }
      } else if (event.type === "response.done") {
        finish();
      } else if (event.type === "error") {
        fail(new Error(JSON.stringify(event)));
      }
    },
  });
  await session.connect();
  await sessionCreated;
  cpu = process.cpuUsage();
  started = process.hrtime.bigint();
  await session.sendEvent({ type: "response.create" });
  await done;
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  if (audioBytes !== count * chunkBytes) {
    throw new Error(`received ${audioBytes} audio bytes, expected ${count * chunkBytes}`);
  }

  await session.disconnect();
  return { cpuMs: (used.user + used.system) / 1000, wallMs, events, sink };
}

async function sendPass() {
  const client = new VoiceLiveClient(`${endpoint.replace(/\/$/, "")}/?emulator-fault=sink`, { key: "benchmark" }, { apiVersion: "2026-07-15" });
  const session = client.createSession("gpt-realtime");
  let created;
  const sessionCreated = new Promise((resolve) => (created = resolve));
  session.subscribe({
    onServerEvent: async (event) => {
      if (event.type === "session.created") {
        created();
      }
    },
  });
  await session.connect();
  await sessionCreated;
  // The same PCM for every append, as the .NET clients send it (its content does not change the work).
  const pcm = new Uint8Array(chunkBytes);
  for (let i = 0; i < pcm.length; i++) {
    pcm[i] = (i * 7919) & 0xff;
  }

  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    await session.sendAudio(pcm);
  }

  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  await session.disconnect();
  return { cpuMs: (used.user + used.system) / 1000, wallMs, events: count };
}

const modes = ["cold", ...Array(Number(passesText)).fill("steady")];
for (const mode of modes) {
  const m = direction === "send" ? await sendPass() : await pass();
  console.log(`peer-run mode=${mode} cpu_ms=${m.cpuMs.toFixed(1)} wall_ms=${m.wallMs.toFixed(1)} alloc_bytes=-1 events=${m.events}`);
}
process.exit(0);
