// The assistant page: Start/Stop, the visible state, the live transcript of both sides, barge-in, and the messages
// for a denied microphone, a dropped relay and a refused Voice Live connection. `window.voiceAssistant` exposes the
// state and playback counters so that an automated browser test can read them.
import { AudioIO } from './audio-io.js';
import { RelayClient } from './relay-client.js';

const ui = {
  button: document.getElementById('start'),
  state: document.getElementById('state'),
  mode: document.getElementById('mode'),
  transcript: document.getElementById('transcript'),
  message: document.getElementById('message'),
  notice: document.getElementById('notice'),
  stats: document.getElementById('stats'),
};

const STATE_LABELS = {
  idle: 'Press Start to talk',
  connecting: 'Connecting…',
  listening: 'Listening',
  thinking: 'Thinking…',
  speaking: 'Speaking',
};

const assistant = {
  state: 'idle',
  mode: null,
  deviceRate: null,
  stats: {
    framesSent: 0,
    samplesPlayed: 0,
    underruns: 0,
    itemsPlayed: {},
    bargeIns: [],
    truncations: [],
    errors: [],
    states: [], // every state change, in order
  },
};
window.voiceAssistant = assistant;

let relay = null;
let audio = null;
let ready = false;
let playing = false;
let audioItemId = null; // the reply item whose audio is arriving
let discardAudio = false; // after a barge-in, audio already on its way is not played
let earlyFrames = []; // captured while the session is being set up, sent once it is ready
const MAX_EARLY_FRAMES = 50; // two seconds: a user who starts talking at once is not cut off

ui.button.addEventListener('click', () => (assistant.state === 'idle' ? start() : stop()));

function setState(state) {
  if (assistant.state !== state || assistant.stats.states.length === 0) {
    assistant.stats.states.push(state);
  }
  assistant.state = state;
  ui.state.dataset.state = state;
  ui.state.textContent = STATE_LABELS[state];
  ui.button.textContent = state === 'idle' ? 'Start' : 'Stop';
}

function showError(text) {
  ui.message.textContent = text;
  ui.message.hidden = false;
}

function showNotice(text) {
  ui.notice.textContent = text;
  ui.notice.hidden = false;
}

async function start() {
  ui.message.hidden = true;
  ui.notice.hidden = true;
  setState('connecting');
  let config;
  try {
    config = await (await fetch('api/config')).json();
  } catch (error) {
    showError('Could not reach the relay server. Check that it is running and press Start again.');
    setState('idle');
    return;
  }
  assistant.mode = config.mode;
  ui.mode.textContent = config.mode === 'emulator' ? 'emulator' : 'Azure Voice Live';

  let stream;
  try {
    const processing = config.audioProcessing;
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: processing, noiseSuppression: processing, autoGainControl: processing },
    });
  } catch (error) {
    showError(microphoneMessage(error));
    setState('idle');
    return;
  }

  try {
    audio = await AudioIO.open(stream, config.sampleRate, onCapturedFrame, onPlaybackReport);
    assistant.deviceRate = audio.deviceRate;
  } catch (error) {
    showError(`Audio could not start: ${error.message}`);
    setState('idle');
    return;
  }

  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  relay = new RelayClient(`${scheme}://${location.host}${location.pathname.replace(/[^/]*$/, '')}relay`, {
    onEvent: onRelayEvent,
    onAudio: onRelayAudio,
    onClose: onRelayClosed,
  });
}

async function stop() {
  relay?.close();
  await teardown();
}

async function teardown() {
  relay = null;
  ready = false;
  earlyFrames = [];
  playing = false;
  audioItemId = null;
  const closing = audio;
  audio = null;
  setState('idle');
  await closing?.close();
}

function microphoneMessage(error) {
  switch (error.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Microphone access was denied. Allow the microphone for this site (the icon in the address bar) and press Start again.';
    case 'NotFoundError':
      return 'No microphone was found. Connect one and press Start again.';
    case 'NotReadableError':
      return 'The microphone is in use by another application.';
    default:
      return `The microphone could not be opened: ${error.message}`;
  }
}

function onCapturedFrame(pcm) {
  if (!ready) {
    earlyFrames.push(pcm);
    if (earlyFrames.length > MAX_EARLY_FRAMES) {
      earlyFrames.shift();
    }
    return;
  }
  if (relay?.sendAudio(pcm)) {
    assistant.stats.framesSent++;
  }
}

function onRelayEvent(event) {
  switch (event.type) {
    case 'ready':
      ready = true;
      setState('listening');
      for (const frame of earlyFrames.splice(0)) {
        onCapturedFrame(frame);
      }
      break;
    case 'user.speech_started':
      bargeIn();
      turn('user', event.item_id);
      setState('listening');
      break;
    case 'user.speech_stopped':
      setState('thinking');
      break;
    case 'user.transcript.delta':
      appendText(turn('user', event.item_id), event.delta);
      break;
    case 'user.transcript.done':
      setText(turn('user', event.item_id), event.transcript);
      break;
    case 'assistant.audio.start':
      audioItemId = event.item_id;
      discardAudio = false;
      turn('assistant', event.item_id);
      audio?.startItem(event.item_id);
      break;
    case 'assistant.transcript.delta':
      appendText(turn('assistant', event.item_id), event.delta);
      break;
    case 'assistant.transcript.done':
      if (!turn('assistant', event.item_id).classList.contains('interrupted')) {
        setText(turn('assistant', event.item_id), event.transcript);
      }
      break;
    case 'assistant.truncated': {
      assistant.stats.truncations.push({ itemId: event.item_id, audioEndMs: event.audio_end_ms });
      const element = turn('assistant', event.item_id);
      element.classList.add('interrupted');
      element.querySelector('.badge').textContent = `interrupted at ${(event.audio_end_ms / 1000).toFixed(1)} s`;
      break;
    }
    case 'response.done':
      if (!discardAudio) {
        audio?.endItem();
      }
      if (!playing && assistant.state === 'thinking') {
        setState('listening');
      }
      break;
    case 'error':
      assistant.stats.errors.push(event);
      if (event.fatal) {
        showError(relayErrorMessage(event));
      } else {
        showNotice(`${event.code}: ${event.message}`);
      }
      break;
  }
}

function relayErrorMessage(event) {
  switch (event.code) {
    case 'voicelive_refused':
      return `${event.message} Check the server's Voice Live endpoint and credential.`;
    case 'voicelive_closed':
    case 'voicelive_failed':
      return `${event.message} Press Start to begin a new conversation.`;
    default:
      return `The relay closed the conversation: ${event.message}`;
  }
}

function onRelayAudio(pcm) {
  if (!discardAudio && audioItemId !== null) {
    audio?.play(pcm);
  }
}

function onRelayClosed(event, opened) {
  if (ui.message.hidden) {
    showError(opened
      ? `The connection to the relay server was lost (code ${event.code}). Press Start to reconnect.`
      : 'Could not connect to the relay server. Check that it is running and press Start again.');
  }
  teardown();
}

// The user spoke: silence the reply now, then tell the relay how much of it was heard (answer in onPlaybackReport).
function bargeIn() {
  if (audio && audioItemId !== null) {
    discardAudio = true;
    audio.stop();
  }
}

function onPlaybackReport(report) {
  const stats = assistant.stats;
  switch (report.type) {
    case 'progress':
      stats.samplesPlayed = report.samplesPlayed;
      stats.underruns = report.underruns;
      stats.itemsPlayed = report.items;
      if (report.playing && !playing) {
        playing = true;
        setState('speaking');
      }
      break;
    case 'stopped':
      playing = false;
      if (report.interrupted && report.itemId) {
        stats.bargeIns.push({ itemId: report.itemId, playedSamples: report.playedSamples, droppedSamples: report.droppedSamples });
        relay?.send({ type: 'playback.interrupted', item_id: report.itemId, played_ms: Math.round(report.playedSamples / 24) });
      }
      break;
    case 'drained':
      playing = false;
      if (assistant.state === 'speaking') {
        setState('listening');
      }
      break;
  }
  ui.stats.textContent = `played ${(stats.samplesPlayed / 24000).toFixed(1)} s · barge-ins ${stats.bargeIns.length} · sent ${stats.framesSent} frames`;
}

// One transcript entry per conversation item, created on first mention so the order follows the conversation.
function turn(role, itemId) {
  let element = ui.transcript.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
  if (!element) {
    element = document.createElement('div');
    element.className = `turn ${role}`;
    element.dataset.itemId = itemId;
    element.innerHTML = `<span class="who">${role === 'user' ? 'You' : 'Assistant'}</span><p class="text"></p><span class="badge"></span>`;
    ui.transcript.append(element);
    element.scrollIntoView({ block: 'end' });
  }
  return element;
}

function appendText(element, text) {
  element.querySelector('.text').textContent += text;
}

function setText(element, text) {
  element.querySelector('.text').textContent = text;
}

setState('idle');
