using System;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        private void EnterReader()
        {
            if (!TryEnterReader())
            {
                throw new InvalidOperationException("The connection is closing.");
            }
        }

        /// <summary>
        /// Takes the single reader slot. Returns false (instead of throwing) when the slot is held by CloseAsync draining
        /// the socket: a reader that starts during the app's own close simply sees the stream end.
        /// </summary>
        private bool TryEnterReader()
        {
            lock (_stateGate)
            {
                switch (_reader)
                {
                    case VoiceLiveConnectionReaderSlot.CloseDrain:
                        return false;
                    case VoiceLiveConnectionReaderSlot.Reader:
                        throw new InvalidOperationException("Another reader is already receiving events from this connection; only one enumeration or ReceiveAsync may be active at a time.");
                    default:
                        _reader = VoiceLiveConnectionReaderSlot.Reader;
                        return true;
                }
            }
        }

        /// <summary>Takes the reader slot for the app's close to drain the socket; false when a reader holds it (it sees the close).</summary>
        private bool TryEnterCloseDrain()
        {
            lock (_stateGate)
            {
                if (_reader != VoiceLiveConnectionReaderSlot.Free)
                {
                    return false;
                }

                _reader = VoiceLiveConnectionReaderSlot.CloseDrain;
                AssertInvariantsLocked();
                return true;
            }
        }

        private void ExitReader()
        {
            lock (_stateGate)
            {
                _reader = VoiceLiveConnectionReaderSlot.Free;
                ReleaseReceiveBufferIfDisposedLocked();
            }
        }

        /// <summary>Dispose leaves the receive buffer to the reader; once nobody can be writing into it, it goes back.</summary>
        private void ReleaseReceiveBufferIfDisposedLocked()
        {
            if (_state == VoiceLiveConnectionState.Disposed && _reader == VoiceLiveConnectionReaderSlot.Free && _pendingRead is null)
            {
                _receiveBuffer.Dispose();
            }
        }
    }
}
