#!/bin/sh
# Generates the small media corpus committed under src/test/resources/media (each file < 100 KB):
# one short tone per accepted format, made with real encoders, and files that only pretend to be media.
# Needs: sox lame flac vorbis-tools opus-tools ffmpeg zip espeak-ng python3 (Debian packages).
set -eu
out=src/test/resources/media
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sox -n -r 22050 -c 1 -b 16 "$tmp/tone.wav" synth 1.5 sine 440 vol 0.5
cp "$tmp/tone.wav" "$out/tone.wav"
sox "$tmp/tone.wav" "$out/tone.aiff"
lame --quiet -b 32 "$tmp/tone.wav" "$out/tone.mp3"
# Tags that name the singer: stored for organisers, never shown to jurors.
lame --quiet -b 32 --tt "Ave Maria" --ta "Jeanne Dupont" --tc "Conservatoire de Lyon" "$tmp/tone.wav" "$out/tagged.mp3"
flac --silent --force -o "$out/tone.flac" "$tmp/tone.wav"
oggenc --quiet -q 0 -o "$out/tone.ogg" "$tmp/tone.wav"
opusenc --quiet --bitrate 16 "$tmp/tone.wav" "$out/tone.opus"
ffmpeg -v error -y -i "$tmp/tone.wav" -c:a aac -b:a 32k "$out/tone.m4a"

# One second of a test pattern with a tone: what a phone or laptop would send, but tiny.
video="-f lavfi -i testsrc=size=96x64:rate=10:duration=1 -f lavfi -i sine=frequency=440:duration=1"
ffmpeg -v error -y $video -c:v libx264 -pix_fmt yuv420p -c:a aac -b:a 32k -shortest "$out/clip.mp4"
ffmpeg -v error -y $video -c:v libx264 -pix_fmt yuv420p -c:a aac -b:a 32k -shortest -f mov "$out/clip.mov"
ffmpeg -v error -y $video -c:v libvpx -b:v 50k -c:a libopus -b:a 16k -shortest "$out/clip.webm"

# What a laptop's browser records: sound only, in WebM (Opus).
ffmpeg -v error -y -f lavfi -i sine=frequency=440:duration=1.5 -c:a libopus -b:a 16k "$out/voice.webm"

# Two sung lines for the acoustic fingerprint tests: a voice (espeak-ng) over a plucked melody (sox),
# as a 40 kbit/s mono MP3. The tests make the re-encoded and trimmed copies themselves with ffmpeg.
melody() {
    target=$1
    shift
    notes=""
    i=0
    for note in "$@"; do
        sox -n -r 22050 -c 1 -b 16 "$tmp/note$i.wav" synth 0.9 pluck "$note" synth 0.9 sine amod 5 20 fade 0.05 0.9 0.1 vol 0.4
        notes="$notes $tmp/note$i.wav"
        i=$((i + 1))
    done
    sox $notes "$target"
}
espeak-ng -v en+f3 -s 130 -p 65 -w "$tmp/words1.wav" "Ave Maria, gratia plena, Dominus tecum. Benedicta tu in mulieribus, et benedictus fructus ventris tui, Jesus. Sancta Maria, mater Dei, ora pro nobis peccatoribus."
melody "$tmp/melody1.wav" D4 F#4 A4 F#4 G4 E4 A4 D5 B4 A4 G4 E4 F#4 E4 D4 A3 D4
sox -m "$tmp/words1.wav" "$tmp/melody1.wav" -r 22050 -c 1 "$tmp/line1.wav" trim 0 15.3 norm -1
lame --quiet -b 40 -m m "$tmp/line1.wav" "$out/sung-line.mp3"
espeak-ng -v en+m3 -s 150 -p 35 -w "$tmp/words2.wav" "The sun goes down behind the hill, the river runs so slow and still. Sing me a song of the morning light, and carry me home through the winter night."
melody "$tmp/melody2.wav" G3 B3 D4 C4 A3 G3 E4 D4 B3 C4 A3 D4 G3
sox -m "$tmp/words2.wav" "$tmp/melody2.wav" -r 22050 -c 1 "$tmp/line2.wav" norm -1
lame --quiet -b 40 -m m "$tmp/line2.wav" "$out/sung-line-other.mp3"

# Disguises: an archive, a script, an SVG and an HTML page, all named like recordings.
printf 'do re mi\n' > "$tmp/notes.txt"
(cd "$tmp" && zip -q notes.zip notes.txt)
cp "$tmp/notes.zip" "$out/archive-renamed.mp3"
printf '<?php echo shell_exec($_GET["c"]); ?>\n' > "$out/script-renamed.mp3"
printf '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n' > "$out/image-renamed.mp3"
printf '<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n' > "$out/page-renamed.m4a"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001\000\000\000\001\010\006\000\000\000\037\025\304\211' > "$out/png-renamed.wav"
head -c 4096 /dev/urandom > "$out/random-bytes.flac"
# Truncated: the first 600 bytes of a real mp3 (a header and little else).
head -c 600 "$out/tone.mp3" > "$out/truncated.mp3"
# What phones and damaged files send (issue 11: the decoded sound, not the header, is the authority).
espeak-ng -v en -s 140 -w "$tmp/voice.wav" "Ave Maria, gratia plena, Dominus tecum. Benedicta tu in mulieribus."
# An iPhone voice memo: AAC, 48 kHz stereo, moov first, Apple's handler name (Jaudiotagger reads -14 channels).
ffmpeg -v error -y -i "$tmp/voice.wav" -af aresample=48000 -ac 2 -c:a aac -b:a 64k -movflags +faststart \
    -metadata:s:a:0 handler_name="Core Media Audio" -brand "M4A " "$out/phone.m4a"
# Sung too close to the microphone: clipped at the input, and AAC's ringing puts the true peak above 0 dBFS.
ffmpeg -v error -y -i "$tmp/voice.wav" -af "volume=4,aresample=48000" -c:a aac -b:a 64k "$out/clipped.m4a"
# Ten seconds of digital silence (all samples zero), and a one-second take.
sox -D -n -r 16000 -c 1 -b 16 "$tmp/silence.wav" trim 0 10
flac --silent --force -o "$out/silence.flac" "$tmp/silence.wav"
sox -n -r 16000 -c 1 -b 16 "$out/short.wav" synth 1 sine 440 vol 0.5
# Cut off: the first 20 KB of a 10 s mp3 whose Info header still says 10 s (it holds about 0.5 s).
sox -n -r 44100 -c 1 -b 16 "$tmp/ten.wav" synth 10 sine 440 vol 0.5
lame --quiet -b 320 "$tmp/ten.wav" "$tmp/ten.mp3"
head -c 20000 "$tmp/ten.mp3" > "$out/cut-off.mp3"
# A WAV whose data chunk claims 1 h 39 min (16 kHz mono 16-bit) and holds 3 s.
sox -n -r 16000 -c 1 -b 16 "$out/forged-size.wav" synth 3 sine 440 vol 0.5
python3 - "$out/forged-size.wav" <<'PY'
import struct, sys
wav = bytearray(open(sys.argv[1], 'rb').read())
struct.pack_into('<I', wav, wav.find(b'data') + 4, 99 * 60 * 32000)
open(sys.argv[1], 'wb').write(wav)
PY
# 90 s of AAC whose movie and media headers say 0 (mvhd and mdhd durations zeroed): plays 90 s.
sox -n -r 8000 -c 1 -b 16 "$tmp/ninety.wav" synth 90 sine 440 vol 0.5
ffmpeg -v error -y -i "$tmp/ninety.wav" -c:a aac -b:a 8k "$out/zero-duration.m4a"
python3 - "$out/zero-duration.m4a" <<'PY'
import struct, sys
m4a = bytearray(open(sys.argv[1], 'rb').read())
for box in (b'mvhd', b'mdhd'):
    at = m4a.find(box)
    if m4a[at + 4] == 0:
        struct.pack_into('>I', m4a, at + 4 + 4 + 4 + 4 + 4, 0)  # version, created, modified, timescale
    else:
        struct.pack_into('>Q', m4a, at + 4 + 4 + 8 + 8 + 4, 0)
open(sys.argv[1], 'wb').write(m4a)
PY
# An m4a cut in half before its moov box (written last without faststart): no index, no sound.
ffmpeg -v error -y -i "$tmp/voice.wav" -c:a aac -b:a 32k "$tmp/whole.m4a"
head -c $(( $(stat -c %s "$tmp/whole.m4a") / 2 )) "$tmp/whole.m4a" > "$out/no-moov.m4a"
# A video without a sound track.
ffmpeg -v error -y -f lavfi -i testsrc=size=96x64:rate=10:duration=1 -c:v libx264 -pix_fmt yuv420p "$out/silent-picture.mp4"
ls -l "$out"
