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
   628
  ],
  "openinpresentation": 0,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "oscserver hub",
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
     "text": "Talk to the oscserver from Max: check it is there, see what is loaded, list every address.",
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
     "text": "Sends the requests every oscserver answers (/ping, /status, /help, /cancel) and shows the last /pong, /status and /error. It listens on port 9001, where the server replies by default.",
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
     "text": "How to use it",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      262,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "comment",
     "text": "1) Start the server (oscserver serve).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      286,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "comment",
     "text": "2) Click /ping hello 1 2.5: the server answers /pong hello 1 2.5 and it shows beside 'last /pong'.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      310,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "comment",
     "text": "3) Click /status to see what is loaded and running, /help to print every address with its arguments in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      349,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "comment",
     "text": "4) Click /cancel to stop every long job (training, analysis, rendering) you started.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      388,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "comment",
     "text": "What it sends",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      424,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "comment",
     "text": "/ping [args...], /status, /help, /cancel",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      448,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "comment",
     "text": "What comes back",
     "numinlets": 1,
     "numoutlets": 0,
     "fontface": 1,
     "patching_rect": [
      20,
      484,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "comment",
     "text": "/pong [same args], /status ..., /help <address> <arguments> <description>, /cancelled <what>, /error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      508,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "comment",
     "text": "See also: note-rnn.maxpat, samplernn.maxpat, nmf.maxpat, corpus.maxpat. Open a patch and look at it in patching mode (cmd/ctrl-E) to see how it works.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      563,
      640,
      35
     ]
    }
   }
  ],
  "lines": []
 }
}
