{
 "patcher": {
  "fileversion": 1,
  "appversion": {
   "major": 8,
   "minor": 6,
   "revision": 0,
   "architecture": "x64",
   "modernui": 1
  },
  "classnamespace": "box",
  "rect": [
   80,
   80,
   680,
   652
  ],
  "openinpresentation": 0,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "SampleRNN",
     "numinlets": 1,
     "numoutlets": 0,
     "fontsize": 20.0,
     "fontface": 1,
     "patching_rect": [
      20,
      12,
      400,
      31
     ]
    }
   },
   {
    "box": {
     "id": "obj-2",
     "maxclass": "comment",
     "text": "Raw audio generated sample by sample by a SampleRNN, streamed from the server in blocks.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      46,
      640,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-3",
     "maxclass": "comment",
     "text": "What it does",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      82,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "comment",
     "text": "The model (trained on Bach chorales played by a band: plucked strings, bass and drums) runs on the server; each /samplernn/block of 1024 samples is written into a 4 s ring buffer here (buffer~ srnn-ring, 16 kHz), which plays a little behind the writer.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      106,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "comment",
     "text": "Before you start",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      172,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "comment",
     "text": "Start the server first: oscserver serve (it listens on UDP 127.0.0.1:9000). Errors come back as /error <request> <message>: what was wrong and what is allowed; they print in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      196,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "comment",
     "text": "This patch listens for replies with [udpreceive 9012] and asks for them with /connect 9012 when it opens, so every oscserver patch can be open at once.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      250,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "comment",
     "text": "How to use it",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      301,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "comment",
     "text": "1) Turn audio on (click the speaker).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      325,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "comment",
     "text": "2) Set seconds (0 = until stop) and temperature (0 = calm, 1 = as trained, 2 = noisy).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      349,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "comment",
     "text": "3) Click start. Temperature and tempo changes take effect while it plays.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      373,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "comment",
     "text": "4) Click /samplernn/stop. The render and prime messages write a WAV into the server's output folder, or continue the sound of a file.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      397,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "comment",
     "text": "What it sends",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      448,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "comment",
     "text": "/samplernn/start [seconds] [temperature], /samplernn/stop, /samplernn/temperature, /samplernn/tempo, /samplernn/render, /samplernn/prime",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      472,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "comment",
     "text": "What comes back",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      523,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "comment",
     "text": "/samplernn/block <index> <sample>..., /samplernn/done <samples>, /error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      547,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "comment",
     "text": "See also: oscserver.maxpat, note-rnn.maxpat, nmf.maxpat, corpus.maxpat. Open a patch and look at it in patching mode (cmd/ctrl-E) to see how it works.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      587,
      640,
      35
     ]
    }
   }
  ],
  "lines": []
 }
}
