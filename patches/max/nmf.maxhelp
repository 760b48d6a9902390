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
   826
  ],
  "openinpresentation": 0,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "NMF",
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
     "text": "Splits a sound into components (on a drum loop: kick, snare, hat) and uses their envelopes like envelope followers.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      46,
      640,
      35
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
      97,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "comment",
     "text": "The server decomposes the file with non-negative matrix factorisation: each component has a spectrum (its basis) and an envelope (its activation, 0..1). The envelopes are drawn here, stream back in time with the sound when it plays, and drive three sounds; each component is also written as a WAV and loaded into buffer~ nmf-comp-k.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      121,
      622,
      65
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
      202,
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
      226,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "comment",
     "text": "This patch listens for replies with [udpreceive 9013] and asks for them with /connect 9013 when it opens, so every oscserver patch can be open at once.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      280,
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
      331,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "comment",
     "text": "1) Keep the example loop (nmf/drumloop.wav) or click open to choose a file the server may read.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      355,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "comment",
     "text": "2) Set components, iterations and bases and click decompose: bases free learns them; seed starts from the last decomposed or loaded ones; fixed keeps those (same number of components) and learns only the envelopes of this sound. The envelopes are drawn, progress counts up, the WAVs play with play.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      394,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "comment",
     "text": "3) Turn audio on and click play: the envelopes drive a low sine, band noise and high noise; the components' own sounds play too (untick to mute).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      433,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "comment",
     "text": "4) Match file or match input: the file, or the server's sound-card input, goes through the learned bases as if it were live; /nmf/match/stop ends it.",
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
     "id": "obj-13",
     "maxclass": "comment",
     "text": "What it sends",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      607,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "comment",
     "text": "/nmf/decompose <path> <components> [iterations] [bases free|seed|fixed], /nmf/play, /nmf/stop, /nmf/match/start [path], /nmf/match/stop, /nmf/filter/start [path|input], /nmf/filter/stop, /connect 9013.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      631,
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
      682,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "comment",
     "text": "/nmf/progress, /nmf/activation <k> <start> <value>..., /nmf/component <k> <wav>, /nmf/env, /nmf/match, /nmf/done, /nmf/filter/started <components> <block> <rate>, /nmf/filter/block <k> <index> <samples...>, /nmf/filter/done <blocks> <samples>, /error.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      706,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "comment",
     "text": "See also: oscserver.maxpat, note-rnn.maxpat, samplernn.maxpat, corpus.maxpat. Open a patch and look at it in patching mode (cmd/ctrl-E) to see how it works.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      761,
      640,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      511,
      622,
      80
     ],
     "text": "5) Separate live: separate file (the file, as if live) or separate input (the server's sound card): the server splits it into one sound per component (they sum to the input). Each of the first three is written into a ring buffer~ (nmf-sep-0..2, 16 blocks) and played half a ring later (about 90 ms) with index~; its meter~ shows its level, hear mutes it, solo plays only the soloed ones. /nmf/filter/stop ends it."
    }
   }
  ],
  "lines": []
 }
}
