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
   720,
   521
  ],
  "openinpresentation": 1,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      50,
      820,
      40
     ],
     "text": "SampleRNN: raw audio generated sample by sample by a neural network (a 2-tier SampleRNN trained on Bach chorales played by a band: plucked strings, bass and drums, keeping time at the tempo you set), streamed from oscserver in blocks. Start the server first (oscserver serve: it listens on UDP 9000 and replies to 9012)."
    }
   },
   {
    "box": {
     "id": "obj-2",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      90,
      820,
      40
     ],
     "text": "1) Turn audio on (click the speaker). 2) Set seconds (0 = until stop) and temperature (0 = calm, 1 = as trained, 2 = noisy). 3) Click start; temperature changes take effect while it plays. 4) Click stop. Errors print in the Max console."
    }
   },
   {
    "box": {
     "id": "obj-3",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      140,
      80,
      20
     ],
     "text": "seconds",
     "presentation": 1,
     "presentation_rect": [
      38,
      171,
      70,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      20,
      165,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      191,
      70,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      120,
      140,
      90,
      20
     ],
     "text": "temperature",
     "presentation": 1,
     "presentation_rect": [
      128,
      171,
      90,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      120,
      165,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      128,
      191,
      70,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      600,
      140,
      66,
      22
     ],
     "text": "loadbang"
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      600,
      170,
      60,
      22
     ],
     "text": "0."
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      660,
      170,
      60,
      22
     ],
     "text": "1."
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      20,
      210,
      24,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      266,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      50,
      210,
      60,
      20
     ],
     "text": "start",
     "presentation": 1,
     "presentation_rect": [
      68,
      268,
      60,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "bang",
      "bang",
      "bang"
     ],
     "patching_rect": [
      20,
      245,
      60,
      22
     ],
     "text": "t b b b"
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "float"
     ],
     "patching_rect": [
      20,
      280,
      60,
      22
     ],
     "text": "f"
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      315,
      80,
      22
     ],
     "text": "pack 0. 1."
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      350,
      178,
      22
     ],
     "text": "prepend /samplernn/start"
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      350,
      220,
      22
     ],
     "text": "prepend /samplernn/temperature"
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      460,
      210,
      115,
      22
     ],
     "text": "/samplernn/stop",
     "presentation": 1,
     "presentation_rect": [
      378,
      266,
      115,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      580,
      210,
      60,
      40
     ],
     "text": "stop"
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      460,
      250,
      262,
      22
     ],
     "text": "/samplernn/render samplernn.wav 10 1",
     "presentation": 1,
     "presentation_rect": [
      38,
      411,
      262,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-20",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      460,
      285,
      409,
      22
     ],
     "text": "/samplernn/prime examples/samplernn/chorale-excerpt.wav 2",
     "presentation": 1,
     "presentation_rect": [
      38,
      441,
      409,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-21",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      460,
      315,
      400,
      40
     ],
     "text": "render a WAV into the server's output folder, or continue the sound of a file"
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      390,
      164,
      22
     ],
     "text": "udpsend 127.0.0.1 9000"
    }
   },
   {
    "box": {
     "id": "obj-23",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      440,
      115,
      22
     ],
     "text": "udpreceive 9012"
    }
   },
   {
    "box": {
     "id": "obj-24",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 4,
     "outlettype": [
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      20,
      475,
      325,
      22
     ],
     "text": "route /samplernn/block /samplernn/done /error"
    }
   },
   {
    "box": {
     "id": "obj-25",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      420,
      510,
      157,
      22
     ],
     "text": "print samplernn-error"
    }
   },
   {
    "box": {
     "id": "obj-26",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      420,
      460,
      440,
      40
     ],
     "text": "each block is <index> <1024 samples>: written into buffer~ srnn-ring at (index * 1024) mod 65536, i.e. a 4 s ring at 16 kHz"
    }
   },
   {
    "box": {
     "id": "obj-27",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      "bang"
     ],
     "patching_rect": [
      20,
      510,
      60,
      22
     ],
     "text": "t l l b"
    }
   },
   {
    "box": {
     "id": "obj-28",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120,
      545,
      80,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-29",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      120,
      580,
      60,
      22
     ],
     "text": "* 1024"
    }
   },
   {
    "box": {
     "id": "obj-30",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      120,
      615,
      60,
      22
     ],
     "text": "% 65536"
    }
   },
   {
    "box": {
     "id": "obj-31",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      650,
      80,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-32",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      685,
      60,
      22
     ],
     "text": "iter"
    }
   },
   {
    "box": {
     "id": "obj-33",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      "float"
     ],
     "patching_rect": [
      20,
      720,
      60,
      22
     ],
     "text": "t b f"
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      20,
      755,
      60,
      22
     ],
     "text": "i"
    }
   },
   {
    "box": {
     "id": "obj-35",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      80,
      790,
      60,
      22
     ],
     "text": "+ 1"
    }
   },
   {
    "box": {
     "id": "obj-36",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      825,
      73,
      22
     ],
     "text": "pack 0 0."
    }
   },
   {
    "box": {
     "id": "obj-37",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      860,
      115,
      22
     ],
     "text": "peek~ srnn-ring"
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      300,
      545,
      60,
      22
     ],
     "text": "i"
    }
   },
   {
    "box": {
     "id": "obj-39",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      340,
      580,
      60,
      22
     ],
     "text": "+ 1"
    }
   },
   {
    "box": {
     "id": "obj-40",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      300,
      615,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      520,
      266,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-41",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      370,
      615,
      120,
      40
     ],
     "text": "blocks received",
     "presentation": 1,
     "presentation_rect": [
      586,
      267,
      110,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-42",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      240,
      280,
      60,
      22
     ],
     "text": "0"
    }
   },
   {
    "box": {
     "id": "obj-43",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      ""
     ],
     "patching_rect": [
      560,
      545,
      60,
      22
     ],
     "text": "t b l"
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      620,
      580,
      94,
      22
     ],
     "text": "prepend done"
    }
   },
   {
    "box": {
     "id": "obj-45",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      620,
      615,
      115,
      22
     ],
     "text": "print samplernn"
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      560,
      650,
      60,
      22
     ],
     "text": "i"
    }
   },
   {
    "box": {
     "id": "obj-47",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      560,
      685,
      164,
      22
     ],
     "text": "print samplernn-blocks"
    }
   },
   {
    "box": {
     "id": "obj-48",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "patching_rect": [
      300,
      860,
      220,
      22
     ],
     "text": "buffer~ srnn-ring @samps 65536"
    }
   },
   {
    "box": {
     "id": "obj-49",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      900,
      600,
      34
     ],
     "text": "player: the first block starts the read head 100 ms later; it reads 16000 samples a second behind the writer by the server's lead"
    }
   },
   {
    "box": {
     "id": "obj-50",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "bang",
      ""
     ],
     "patching_rect": [
      160,
      935,
      60,
      22
     ],
     "text": "sel 0"
    }
   },
   {
    "box": {
     "id": "obj-51",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      160,
      965,
      73,
      22
     ],
     "text": "delay 100"
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160,
      995,
      60,
      22
     ],
     "text": "0"
    }
   },
   {
    "box": {
     "id": "obj-53",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1025,
      143,
      22
     ],
     "text": "phasor~ 0.244140625"
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1055,
      66,
      22
     ],
     "text": "*~ 65536"
    }
   },
   {
    "box": {
     "id": "obj-55",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1085,
      122,
      22
     ],
     "text": "index~ srnn-ring"
    }
   },
   {
    "box": {
     "id": "obj-56",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1115,
      60,
      22
     ],
     "text": "*~ 0.8"
    }
   },
   {
    "box": {
     "id": "obj-57",
     "maxclass": "ezdac~",
     "numinlets": 2,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      1150,
      45,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      280,
      91,
      45,
      45
     ]
    }
   },
   {
    "box": {
     "id": "obj-157",
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      220,
      388,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-158",
     "maxclass": "message",
     "text": "/connect 9012",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      290,
      388,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-159",
     "maxclass": "comment",
     "text": "replies to this patch come to port 9012 (it asks with /connect when it opens), so every oscserver patch can be open at once",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      420,
      392,
      440,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-tempo",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      460,
      365,
      150,
      22
     ],
     "text": "/samplernn/tempo 100",
     "presentation": 1,
     "presentation_rect": [
      38,
      332,
      150,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-tempo-c",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      615,
      365,
      260,
      20
     ],
     "text": "tempo in bpm: the stream follows at once"
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-1",
     "maxclass": "comment",
     "text": "front-panel labels (shown in presentation view)",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      10,
      300,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-2",
     "maxclass": "comment",
     "text": "SampleRNN",
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
     "id": "obj-fp-samplernn-3",
     "maxclass": "comment",
     "text": "Raw audio, sample by sample, from a SampleRNN trained on Bach chorales played by a band.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
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
     "id": "obj-fp-samplernn-4",
     "maxclass": "comment",
     "text": "1) Turn audio on: click the speaker.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      74,
      250,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      88,
      250,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-5",
     "maxclass": "comment",
     "text": "2) Set seconds (0 = until stop) and temperature (0 = calm, 1 = as trained, 2 = noisy):",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      113,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      149,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-6",
     "maxclass": "comment",
     "text": "3) Click start; the temperature can change while it plays.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      137,
      320,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      227,
      320,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-7",
     "maxclass": "comment",
     "text": "4) Click stop:",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      176,
      200,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      360,
      227,
      200,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-8",
     "maxclass": "comment",
     "text": "The band keeps time at this tempo (bpm); the stream follows at once:",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      200,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      308,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-9",
     "maxclass": "comment",
     "text": "More: render a WAV into the server's output folder (10 s, temperature 1), or continue the sound of a file (2 s of it as the primer):",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      224,
      680,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      372,
      680,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-samplernn-10",
     "maxclass": "comment",
     "text": "Errors (what was wrong and what is allowed) print in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      920,
      263,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      481,
      680,
      20
     ]
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-7",
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
      "obj-7",
      0
     ],
     "destination": [
      "obj-9",
      0
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
      "obj-4",
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
      "obj-6",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-4",
      0
     ],
     "destination": [
      "obj-13",
      1
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
      1
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
      "obj-16",
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
      "obj-12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-12",
      2
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
      0
     ],
     "destination": [
      "obj-38",
      1
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
      "obj-40",
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
      "obj-13",
      0
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
      "obj-15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-15",
      0
     ],
     "destination": [
      "obj-22",
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
      "obj-22",
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
      "obj-22",
      0
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
      "obj-22",
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
      "obj-22",
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
      "obj-24",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-24",
      2
     ],
     "destination": [
      "obj-25",
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
      "obj-27",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-27",
      2
     ],
     "destination": [
      "obj-38",
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
      0
     ],
     "destination": [
      "obj-38",
      1
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
      "obj-46",
      1
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
      0
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
      0
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
      "obj-30",
      0
     ],
     "destination": [
      "obj-34",
      1
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
      "obj-31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-31",
      1
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
      1
     ],
     "destination": [
      "obj-36",
      1
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
      "obj-35",
      0
     ],
     "destination": [
      "obj-34",
      1
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
      "obj-36",
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
      "obj-24",
      1
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
      1
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
      "obj-43",
      0
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
      "obj-28",
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
      0
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
      "obj-51",
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
      0
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
      "obj-57",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-157",
      0
     ],
     "destination": [
      "obj-158",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-158",
      0
     ],
     "destination": [
      "obj-22",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-tempo",
      0
     ],
     "destination": [
      "obj-22",
      0
     ]
    }
   }
  ]
 }
}
