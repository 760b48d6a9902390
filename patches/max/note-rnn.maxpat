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
   60,
   60,
   1240,
   600
  ],
  "openinpresentation": 1,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "note-RNN: an LSTM trained on folk tunes continues your melody. Start the server first (oscserver serve: it listens on UDP 9000 and replies to 9011).",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      50,
      820,
      40
     ]
    }
   },
   {
    "box": {
     "id": "obj-2",
     "maxclass": "comment",
     "text": "1) Set notes, temperature (0 = the most likely notes, 1 = as trained, 2 = wild) and bpm. 2) Click the typed melody (pitch beats pairs, -1 = rest, quarter note = 1), or play a MIDI keyboard and click the button 'continue what I played'. 3) The answer plays on MIDI out and shows below. Errors print in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      90,
      820,
      40
     ]
    }
   },
   {
    "box": {
     "id": "obj-3",
     "maxclass": "comment",
     "text": "notes",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      140,
      60,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      102,
      60,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "comment",
     "text": "temperature",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      100,
      140,
      90,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      118,
      102,
      90,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "comment",
     "text": "bpm",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      200,
      140,
      60,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      218,
      102,
      60,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "patching_rect": [
      20,
      160,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      122,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "patching_rect": [
      100,
      160,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      118,
      122,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "patching_rect": [
      200,
      160,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      218,
      122,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      300,
      140,
      84,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "message",
     "text": "16",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300,
      170,
      38,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "message",
     "text": "1.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      350,
      170,
      38,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "message",
     "text": "120",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      400,
      170,
      45,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "text": "t b f",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "float"
     ],
     "patching_rect": [
      100,
      200,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "newobj",
     "text": "pack 16 1.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      230,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "comment",
     "text": "typed melody: click it (edit it first if you like)",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      260,
      400,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "message",
     "text": "67 0.5 69 0.5 71 1. 67 0.5 64 0.5 62 1. 67 1. 71 0.5 74 0.5",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      285,
      460,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      197,
      440,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "newobj",
     "text": "prepend 16 1.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      320,
      124,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "comment",
     "text": "continue what I played",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      520,
      260,
      170,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      68,
      229,
      200,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      520,
      285,
      24,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      227,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-20",
     "maxclass": "newobj",
     "text": "zl.reg",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      520,
      320,
      68,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-21",
     "maxclass": "newobj",
     "text": "prepend /rnn/continue",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      360,
      188,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "message",
     "text": "/rnn/clear",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700,
      285,
      94,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      484,
      80,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-23",
     "maxclass": "message",
     "text": "/rnn/save continuation.mid",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      800,
      285,
      206,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      228,
      484,
      190,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-24",
     "maxclass": "message",
     "text": "/rnn/seed 1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700,
      320,
      101,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      130,
      484,
      86,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-25",
     "maxclass": "comment",
     "text": "same seed = same answers next time",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      810,
      320,
      240,
      40
     ]
    }
   },
   {
    "box": {
     "id": "obj-26",
     "maxclass": "comment",
     "text": "MIDI in: each note goes to the server's history (/rnn/note pitch beats) when the next one starts: then its length is known.",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      388,
      800,
      36
     ]
    }
   },
   {
    "box": {
     "id": "obj-27",
     "maxclass": "newobj",
     "text": "notein",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "int",
      "int",
      "int"
     ],
     "patching_rect": [
      20,
      430,
      68,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-28",
     "maxclass": "newobj",
     "text": "stripnote",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      20,
      460,
      92,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-29",
     "maxclass": "newobj",
     "text": "t i b b b",
     "numinlets": 1,
     "numoutlets": 4,
     "outlettype": [
      "int",
      "bang",
      "bang",
      "bang"
     ],
     "patching_rect": [
      20,
      490,
      92,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-30",
     "maxclass": "newobj",
     "text": "timer",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "float",
      ""
     ],
     "patching_rect": [
      120,
      520,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-31",
     "maxclass": "message",
     "text": "1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      260,
      520,
      31,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-32",
     "maxclass": "newobj",
     "text": "gate 1 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      120,
      550,
      84,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-33",
     "maxclass": "newobj",
     "text": "/ 500.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      120,
      580,
      68,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "newobj",
     "text": "clip 0.125 8.",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      120,
      610,
      124,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-35",
     "maxclass": "newobj",
     "text": "prepend 60",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      120,
      640,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-36",
     "maxclass": "newobj",
     "text": "prepend /rnn/note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      120,
      670,
      156,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-37",
     "maxclass": "newobj",
     "text": "udpsend 127.0.0.1 9000",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      720,
      196,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "newobj",
     "text": "udpreceive 9011",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      720,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-39",
     "maxclass": "newobj",
     "text": "route /rnn/notes /error",
     "numinlets": 2,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      420,
      750,
      204,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-40",
     "maxclass": "newobj",
     "text": "print rnn-error",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      560,
      780,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-41",
     "maxclass": "newobj",
     "text": "print rnn",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      700,
      780,
      92,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-42",
     "maxclass": "newobj",
     "text": "t l l l",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      420,
      780,
      76,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-43",
     "maxclass": "newobj",
     "text": "zl.len",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      560,
      820,
      68,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "newobj",
     "text": "/ 2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      560,
      850,
      44,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-45",
     "maxclass": "newobj",
     "text": "print rnn-received-notes",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      560,
      880,
      212,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "newobj",
     "text": "prepend set",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700,
      820,
      108,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-47",
     "maxclass": "message",
     "text": "",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700,
      850,
      300,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      289,
      662,
      52
     ]
    }
   },
   {
    "box": {
     "id": "obj-48",
     "maxclass": "comment",
     "text": "the last continuation (pitch beats pairs)",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      790,
      880,
      300,
      40
     ]
    }
   },
   {
    "box": {
     "id": "obj-49",
     "maxclass": "comment",
     "text": "player: takes the first (pitch beats) pair, plays it, waits its beats, takes the next",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      920,
      620,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-50",
     "maxclass": "newobj",
     "text": "t b l b",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "bang",
      "",
      "bang"
     ],
     "patching_rect": [
      420,
      950,
      76,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-51",
     "maxclass": "message",
     "text": "stop",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      980,
      52,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "newobj",
     "text": "zl.reg",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      420,
      1010,
      68,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-53",
     "maxclass": "newobj",
     "text": "zl.slice 2",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      420,
      1040,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "newobj",
     "text": "unpack 0 0.",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "float"
     ],
     "patching_rect": [
      420,
      1070,
      108,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-55",
     "maxclass": "newobj",
     "text": "* 500.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      520,
      1100,
      68,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-56",
     "maxclass": "newobj",
     "text": "t f f",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "float"
     ],
     "patching_rect": [
      520,
      1130,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-57",
     "maxclass": "newobj",
     "text": "delay",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      640,
      1160,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-58",
     "maxclass": "newobj",
     "text": "* 0.9",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      540,
      1160,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-59",
     "maxclass": "newobj",
     "text": "split 0 127",
     "numinlets": 3,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "int"
     ],
     "patching_rect": [
      420,
      1160,
      108,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-60",
     "maxclass": "newobj",
     "text": "makenote 90 400",
     "numinlets": 3,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "float"
     ],
     "patching_rect": [
      420,
      1200,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-61",
     "maxclass": "newobj",
     "text": "noteout",
     "numinlets": 3,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      420,
      1230,
      76,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-62",
     "maxclass": "newobj",
     "text": "!/ 60000.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      200,
      200,
      92,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-162",
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      280,
      660,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-163",
     "maxclass": "message",
     "text": "/connect 9011",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      280,
      690,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-164",
     "maxclass": "comment",
     "text": "replies to this patch come to port 9011 (it asks with /connect when it opens), so every oscserver patch can be open at once",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      390,
      660,
      260,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-70",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      760,
      380,
      70
     ],
     "text": "4) Your own tunes: 'train' fine-tunes the model on the MIDI files of a folder (here examples/noternn/chorale-tunes) for at most these minutes, then loads it. 'learn' adapts it to what you played tonight, 'forget' undoes that. Progress prints in the Max console.",
     "presentation": 1,
     "presentation_rect": [
      20,
      355,
      680,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-71",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "patching_rect": [
      20,
      835,
      50,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      409,
      50,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-72",
     "maxclass": "message",
     "text": "train",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      80,
      835,
      50,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      160,
      409,
      50,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-73",
     "maxclass": "newobj",
     "text": "f 3.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      80,
      865,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-74",
     "maxclass": "newobj",
     "text": "prepend /rnn/train noternn/chorale-tunes",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      80,
      895,
      300,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-75",
     "maxclass": "message",
     "text": "/rnn/learn 30",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      150,
      835,
      100,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      222,
      409,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-76",
     "maxclass": "message",
     "text": "/rnn/forget",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      260,
      835,
      90,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      334,
      409,
      86,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-77",
     "maxclass": "message",
     "text": "3.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      460,
      170,
      38,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-1",
     "maxclass": "comment",
     "text": "front-panel labels (shown in presentation view)",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      10,
      300,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-2",
     "maxclass": "comment",
     "text": "note-RNN",
     "numinlets": 1,
     "numoutlets": 0,
     "fontsize": 20.0,
     "fontface": 1,
     "patching_rect": [
      20,
      10,
      300,
      31
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      12,
      300,
      31
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-3",
     "maxclass": "comment",
     "text": "An LSTM trained on folk tunes continues your melody. Start the server first (oscserver serve).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      50,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      46,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-4",
     "maxclass": "comment",
     "text": "1) Set notes, temperature (0 = likeliest, 1 = as trained, 2 = wild) and tempo (bpm):",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      74,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      80,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-5",
     "maxclass": "comment",
     "text": "2) Click the typed melody (pitch beats pairs, -1 = a rest, a quarter note = 1; edit it first if you like), or play a MIDI keyboard and click the button:",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      98,
      680,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      158,
      680,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-6",
     "maxclass": "comment",
     "text": "3) The answer plays on MIDI out, and here (pitch beats pairs):",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      137,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      265,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-7",
     "maxclass": "comment",
     "text": "minutes",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      161,
      60,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      92,
      410,
      60,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-8",
     "maxclass": "comment",
     "text": "More: clear forgets what you played; seed makes the answers repeatable; save writes the last answer (or each variation) as a MIDI file in the server's output folder.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      185,
      680,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      445,
      680,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-note-rnn-9",
     "maxclass": "comment",
     "text": "Errors (what was wrong and what is allowed) print in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1080,
      224,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      520,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "5) Variations: this many different continuations of the typed melody (the last one clicked) at once. The first plays; 'play' picks another (0 = the first). Save then writes one file each.",
     "patching_rect": [
      2200,
      10,
      460,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      80,
      460,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-v2",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "count",
     "patching_rect": [
      2200,
      70,
      50,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      134,
      50,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v3",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1500,
      60,
      50,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      790,
      132,
      50,
      22
     ],
     "minimum": 1,
     "maximum": 16
    }
   },
   {
    "box": {
     "id": "obj-v4",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      1600,
      60,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      856,
      131,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-v5",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "variations",
     "patching_rect": [
      2200,
      100,
      80,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      884,
      134,
      80,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v6",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "play",
     "patching_rect": [
      2200,
      130,
      40,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      980,
      134,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v7",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1900,
      200,
      50,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      1020,
      132,
      50,
      22
     ],
     "minimum": 0,
     "maximum": 15
    }
   },
   {
    "box": {
     "id": "obj-v8",
     "maxclass": "newobj",
     "text": "pak 8 16 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      100,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v9",
     "maxclass": "newobj",
     "text": "prepend /rnn/variations",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      130,
      196,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v10",
     "maxclass": "newobj",
     "text": "t b b",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "bang"
     ],
     "patching_rect": [
      1600,
      100,
      52,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v11",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "clear",
     "patching_rect": [
      1660,
      130,
      50,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v12",
     "maxclass": "newobj",
     "text": "zl.reg",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      1600,
      160,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v13",
     "maxclass": "newobj",
     "text": "prepend /rnn/variations 8 16 1.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1600,
      190,
      260,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v14",
     "maxclass": "newobj",
     "text": "route /rnn/variation /rnn/variations",
     "numinlets": 2,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      1900,
      100,
      300,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v15",
     "maxclass": "newobj",
     "text": "coll",
     "numinlets": 1,
     "numoutlets": 4,
     "outlettype": [
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      1900,
      160,
      44,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v16",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "0",
     "patching_rect": [
      2140,
      130,
      30,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v17",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "6) Bars: continue the typed melody by exactly this many bars (3 beats per bar = 3/4). Or click the message to continue a MIDI file (edit its path): it also writes NAME-continued.mid.",
     "patching_rect": [
      2200,
      170,
      460,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      170,
      460,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-v18",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "bars",
     "patching_rect": [
      2200,
      230,
      40,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      224,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v19",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1500,
      260,
      50,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      780,
      222,
      50,
      22
     ],
     "minimum": 1,
     "maximum": 64
    }
   },
   {
    "box": {
     "id": "obj-v20",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "beats per bar",
     "patching_rect": [
      2200,
      290,
      90,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      840,
      224,
      90,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v21",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1560,
      260,
      50,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      930,
      222,
      50,
      22
     ],
     "minimum": 0.5,
     "maximum": 16.0
    }
   },
   {
    "box": {
     "id": "obj-v22",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      1620,
      260,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      994,
      221,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-v23",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "continue in bars",
     "patching_rect": [
      2200,
      320,
      120,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      1022,
      224,
      120,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v24",
     "maxclass": "newobj",
     "text": "pak 4 4. 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      300,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v25",
     "maxclass": "newobj",
     "text": "prepend /rnn/bars",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      330,
      148,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v26",
     "maxclass": "newobj",
     "text": "zl.reg",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      1620,
      300,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v27",
     "maxclass": "newobj",
     "text": "prepend /rnn/bars 4 4. 1.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1620,
      360,
      212,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v28",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "/rnn/continue/file noternn/chorale-tunes/bwv1.6.mid 16 1.",
     "patching_rect": [
      1500,
      400,
      400,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      256,
      400,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v29",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "7) Steer what comes next (it holds until changed): pitches low..high, a scale (root 0 = C, 2 = D...), density (right = shorter notes), pitch and rhythm temperature (times the one in 1).",
     "patching_rect": [
      2200,
      440,
      460,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      294,
      460,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-v30",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "low",
     "patching_rect": [
      2200,
      500,
      32,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      348,
      32,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v31",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1500,
      500,
      46,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      772,
      346,
      46,
      22
     ],
     "minimum": 0,
     "maximum": 127
    }
   },
   {
    "box": {
     "id": "obj-v32",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "high",
     "patching_rect": [
      2200,
      530,
      36,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      826,
      348,
      36,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v33",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1560,
      500,
      46,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      862,
      346,
      46,
      22
     ],
     "minimum": 0,
     "maximum": 127
    }
   },
   {
    "box": {
     "id": "obj-v34",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "root",
     "patching_rect": [
      2200,
      560,
      36,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      918,
      348,
      36,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v35",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1620,
      500,
      46,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      954,
      346,
      46,
      22
     ],
     "minimum": 0,
     "maximum": 127
    }
   },
   {
    "box": {
     "id": "obj-v36",
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "patching_rect": [
      1680,
      500,
      130,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      1010,
      346,
      130,
      22
     ],
     "items": [
      "off",
      ",",
      "major",
      ",",
      "minor",
      ",",
      "dorian",
      ",",
      "phrygian",
      ",",
      "lydian",
      ",",
      "mixolydian",
      ",",
      "locrian",
      ",",
      "harmonic-minor",
      ",",
      "melodic-minor",
      ",",
      "pentatonic",
      ",",
      "minor-pentatonic",
      ",",
      "blues",
      ",",
      "whole-tone",
      ",",
      "chromatic"
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-v37",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "density",
     "patching_rect": [
      2200,
      590,
      60,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      382,
      60,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v38",
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      620,
      140,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      800,
      380,
      140,
      22
     ],
     "floatoutput": 1,
     "min": -1.0,
     "size": 2.0,
     "orientation": 1,
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-v39",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "pitch x",
     "patching_rect": [
      2200,
      650,
      52,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      950,
      382,
      52,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v40",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1660,
      620,
      46,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      1002,
      380,
      46,
      22
     ],
     "minimum": 0.0,
     "maximum": 5.0
    }
   },
   {
    "box": {
     "id": "obj-v41",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "rhythm x",
     "patching_rect": [
      2200,
      680,
      72,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      1054,
      382,
      72,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v42",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1720,
      620,
      46,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      1128,
      380,
      46,
      22
     ],
     "minimum": 0.0,
     "maximum": 5.0
    }
   },
   {
    "box": {
     "id": "obj-v43",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "all off",
     "patching_rect": [
      1800,
      620,
      60,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      412,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v44",
     "maxclass": "newobj",
     "text": "pak 0 127",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      540,
      84,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v45",
     "maxclass": "newobj",
     "text": "prepend /rnn/range",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      570,
      156,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v46",
     "maxclass": "newobj",
     "text": "pak 0 off",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1680,
      540,
      84,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v47",
     "maxclass": "newobj",
     "text": "prepend /rnn/scale",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1680,
      570,
      156,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v48",
     "maxclass": "newobj",
     "text": "prepend /rnn/density",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      660,
      172,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v49",
     "maxclass": "newobj",
     "text": "pak 1. 1.",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1660,
      660,
      84,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v50",
     "maxclass": "newobj",
     "text": "prepend /rnn/temperature",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1660,
      690,
      204,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v51",
     "maxclass": "newobj",
     "text": "t b b b b b b b",
     "numinlets": 1,
     "numoutlets": 7,
     "outlettype": [
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang"
     ],
     "patching_rect": [
      1800,
      660,
      132,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v52",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "0",
     "patching_rect": [
      1800,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v53",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "127",
     "patching_rect": [
      1850,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v54",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "0",
     "patching_rect": [
      1900,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v55",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "0",
     "patching_rect": [
      1950,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v56",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "0.",
     "patching_rect": [
      2000,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v57",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "1.",
     "patching_rect": [
      2050,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v58",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "1.",
     "patching_rect": [
      2100,
      700,
      40,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v59",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "8) Call and response: when on, play a phrase on the MIDI keyboard and pause. After pause ms the server answers by itself with this many notes, and the answer plays.",
     "patching_rect": [
      2200,
      740,
      460,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      450,
      460,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-v60",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      1500,
      800,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      740,
      502,
      24,
      24
     ],
     "parameter_enable": 0
    }
   },
   {
    "box": {
     "id": "obj-v61",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "respond",
     "patching_rect": [
      2200,
      770,
      60,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      768,
      504,
      60,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v62",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "pause ms",
     "patching_rect": [
      2200,
      800,
      74,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      840,
      504,
      74,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v63",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1540,
      800,
      56,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      916,
      502,
      56,
      22
     ],
     "minimum": 50,
     "maximum": 10000
    }
   },
   {
    "box": {
     "id": "obj-v64",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "text": "notes",
     "patching_rect": [
      2200,
      830,
      44,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      984,
      504,
      44,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-v65",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "int",
      "bang"
     ],
     "parameter_enable": 0,
     "patching_rect": [
      1610,
      800,
      46,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      1030,
      502,
      46,
      22
     ],
     "minimum": 1,
     "maximum": 512
    }
   },
   {
    "box": {
     "id": "obj-v66",
     "maxclass": "newobj",
     "text": "pak 0 800 8",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      840,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v67",
     "maxclass": "newobj",
     "text": "prepend /rnn/respond",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1500,
      870,
      172,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v68",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "8",
     "patching_rect": [
      2200,
      900,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v69",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "4",
     "patching_rect": [
      2270,
      900,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v70",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "4.",
     "patching_rect": [
      2340,
      900,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v71",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "set 127",
     "patching_rect": [
      2410,
      900,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v72",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "set 1.",
     "patching_rect": [
      2200,
      930,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v73",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "set 1.",
     "patching_rect": [
      2270,
      930,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v74",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "set 800",
     "patching_rect": [
      2340,
      930,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v75",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "set 8",
     "patching_rect": [
      2410,
      930,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-v76",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "text": "67 0.5 69 0.5 71 1. 67 0.5 64 0.5 62 1. 67 1. 71 0.5 74 0.5",
     "patching_rect": [
      2200,
      980,
      460,
      22
     ]
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-10",
      0
     ],
     "destination": [
      "obj-6",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-11",
      0
     ],
     "destination": [
      "obj-7",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-12",
      0
     ],
     "destination": [
      "obj-8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-6",
      0
     ],
     "destination": [
      "obj-14",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-7",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-13",
      1
     ],
     "destination": [
      "obj-14",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-13",
      0
     ],
     "destination": [
      "obj-14",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-14",
      0
     ],
     "destination": [
      "obj-17",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      0
     ],
     "destination": [
      "obj-17",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-14",
      0
     ],
     "destination": [
      "obj-20",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-19",
      0
     ],
     "destination": [
      "obj-20",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-17",
      0
     ],
     "destination": [
      "obj-21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-20",
      0
     ],
     "destination": [
      "obj-21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-27",
      0
     ],
     "destination": [
      "obj-28",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-27",
      1
     ],
     "destination": [
      "obj-28",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-28",
      0
     ],
     "destination": [
      "obj-29",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-29",
      3
     ],
     "destination": [
      "obj-30",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-29",
      2
     ],
     "destination": [
      "obj-30",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-29",
      1
     ],
     "destination": [
      "obj-31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-31",
      0
     ],
     "destination": [
      "obj-32",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-30",
      0
     ],
     "destination": [
      "obj-32",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-32",
      0
     ],
     "destination": [
      "obj-33",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-33",
      0
     ],
     "destination": [
      "obj-34",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-34",
      0
     ],
     "destination": [
      "obj-35",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-29",
      0
     ],
     "destination": [
      "obj-35",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-35",
      0
     ],
     "destination": [
      "obj-36",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-21",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-36",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-22",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-23",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-24",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-38",
      0
     ],
     "destination": [
      "obj-39",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-39",
      1
     ],
     "destination": [
      "obj-40",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-39",
      0
     ],
     "destination": [
      "obj-42",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-42",
      2
     ],
     "destination": [
      "obj-43",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-43",
      0
     ],
     "destination": [
      "obj-44",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-44",
      0
     ],
     "destination": [
      "obj-45",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-42",
      1
     ],
     "destination": [
      "obj-46",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-46",
      0
     ],
     "destination": [
      "obj-47",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-42",
      0
     ],
     "destination": [
      "obj-50",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      2
     ],
     "destination": [
      "obj-51",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      1
     ],
     "destination": [
      "obj-52",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      0
     ],
     "destination": [
      "obj-52",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-52",
      0
     ],
     "destination": [
      "obj-53",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-53",
      1
     ],
     "destination": [
      "obj-52",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-53",
      0
     ],
     "destination": [
      "obj-54",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-54",
      1
     ],
     "destination": [
      "obj-55",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-55",
      0
     ],
     "destination": [
      "obj-56",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-56",
      1
     ],
     "destination": [
      "obj-57",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-57",
      0
     ],
     "destination": [
      "obj-52",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-51",
      0
     ],
     "destination": [
      "obj-57",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-56",
      0
     ],
     "destination": [
      "obj-58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-54",
      0
     ],
     "destination": [
      "obj-59",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-59",
      0
     ],
     "destination": [
      "obj-60",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-58",
      0
     ],
     "destination": [
      "obj-60",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-60",
      0
     ],
     "destination": [
      "obj-61",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-60",
      1
     ],
     "destination": [
      "obj-61",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-8",
      0
     ],
     "destination": [
      "obj-62",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      0
     ],
     "destination": [
      "obj-55",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      0
     ],
     "destination": [
      "obj-33",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-162",
      0
     ],
     "destination": [
      "obj-163",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-163",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-77",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-77",
      0
     ],
     "destination": [
      "obj-71",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-73",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-72",
      0
     ],
     "destination": [
      "obj-73",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-73",
      0
     ],
     "destination": [
      "obj-74",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-74",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-75",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-76",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v3",
      0
     ],
     "destination": [
      "obj-v8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-6",
      0
     ],
     "destination": [
      "obj-v8",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-7",
      0
     ],
     "destination": [
      "obj-v8",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v8",
      0
     ],
     "destination": [
      "obj-v9",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v9",
      0
     ],
     "destination": [
      "obj-v13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v4",
      0
     ],
     "destination": [
      "obj-v10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v10",
      1
     ],
     "destination": [
      "obj-v11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v10",
      0
     ],
     "destination": [
      "obj-v12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      0
     ],
     "destination": [
      "obj-v12",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v12",
      0
     ],
     "destination": [
      "obj-v13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v13",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-39",
      2
     ],
     "destination": [
      "obj-v14",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v14",
      2
     ],
     "destination": [
      "obj-41",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v14",
      0
     ],
     "destination": [
      "obj-v15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v14",
      1
     ],
     "destination": [
      "obj-v16",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v16",
      0
     ],
     "destination": [
      "obj-v7",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v11",
      0
     ],
     "destination": [
      "obj-v15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v7",
      0
     ],
     "destination": [
      "obj-v15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v15",
      0
     ],
     "destination": [
      "obj-42",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v19",
      0
     ],
     "destination": [
      "obj-v24",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v21",
      0
     ],
     "destination": [
      "obj-v24",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-7",
      0
     ],
     "destination": [
      "obj-v24",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v24",
      0
     ],
     "destination": [
      "obj-v25",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v25",
      0
     ],
     "destination": [
      "obj-v27",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v22",
      0
     ],
     "destination": [
      "obj-v26",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      0
     ],
     "destination": [
      "obj-v26",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v26",
      0
     ],
     "destination": [
      "obj-v27",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v27",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v28",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v31",
      0
     ],
     "destination": [
      "obj-v44",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v33",
      0
     ],
     "destination": [
      "obj-v44",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v44",
      0
     ],
     "destination": [
      "obj-v45",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v45",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v35",
      0
     ],
     "destination": [
      "obj-v46",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v36",
      1
     ],
     "destination": [
      "obj-v46",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v46",
      0
     ],
     "destination": [
      "obj-v47",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v47",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v38",
      0
     ],
     "destination": [
      "obj-v48",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v48",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v40",
      0
     ],
     "destination": [
      "obj-v49",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v42",
      0
     ],
     "destination": [
      "obj-v49",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v49",
      0
     ],
     "destination": [
      "obj-v50",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v50",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v43",
      0
     ],
     "destination": [
      "obj-v51",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      0
     ],
     "destination": [
      "obj-v52",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v52",
      0
     ],
     "destination": [
      "obj-v31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      1
     ],
     "destination": [
      "obj-v53",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v53",
      0
     ],
     "destination": [
      "obj-v33",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      2
     ],
     "destination": [
      "obj-v54",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v54",
      0
     ],
     "destination": [
      "obj-v35",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      3
     ],
     "destination": [
      "obj-v55",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v55",
      0
     ],
     "destination": [
      "obj-v36",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      4
     ],
     "destination": [
      "obj-v56",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v56",
      0
     ],
     "destination": [
      "obj-v38",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      5
     ],
     "destination": [
      "obj-v57",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v57",
      0
     ],
     "destination": [
      "obj-v40",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v51",
      6
     ],
     "destination": [
      "obj-v58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v58",
      0
     ],
     "destination": [
      "obj-v42",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v60",
      0
     ],
     "destination": [
      "obj-v66",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v63",
      0
     ],
     "destination": [
      "obj-v66",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v65",
      0
     ],
     "destination": [
      "obj-v66",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v66",
      0
     ],
     "destination": [
      "obj-v67",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v67",
      0
     ],
     "destination": [
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v68",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v68",
      0
     ],
     "destination": [
      "obj-v3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v69",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v69",
      0
     ],
     "destination": [
      "obj-v19",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v70",
      0
     ],
     "destination": [
      "obj-v21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v71",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v71",
      0
     ],
     "destination": [
      "obj-v33",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v72",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v72",
      0
     ],
     "destination": [
      "obj-v40",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v73",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v73",
      0
     ],
     "destination": [
      "obj-v42",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v74",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v74",
      0
     ],
     "destination": [
      "obj-v63",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v75",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v75",
      0
     ],
     "destination": [
      "obj-v65",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-v76",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v76",
      0
     ],
     "destination": [
      "obj-v12",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-v76",
      0
     ],
     "destination": [
      "obj-v26",
      1
     ]
    }
   }
  ]
 }
}
