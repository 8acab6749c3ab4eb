#!/bin/sh
# Generates the small media corpus committed under src/test/resources/media (each file < 100 KB):
# one short tone per accepted format, made with real encoders, and files that only pretend to be media.
# Needs: sox lame flac vorbis-tools opus-tools ffmpeg zip (Debian packages).
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
ls -l "$out"
