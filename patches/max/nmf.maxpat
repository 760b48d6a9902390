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
   800,
   800
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
      860,
      40
     ],
     "text": "NMF: split a sound into components (on a drum loop: kick, snare, hat) and use their envelopes like envelope followers. Start the server first (oscserver serve: it listens on UDP 9000 and replies to 9013)."
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
      860,
      70
     ],
     "text": "1) Keep the example loop (nmf/drumloop.wav, from the server's examples folder) or click 'open' to choose a file the server may read. 2) Set components and iterations, click 'decompose': the envelopes are drawn below, the component WAV paths print in the Max console. 3) Turn audio on (ezdac~) and click 'play': the server streams the envelopes in time with the sound and they drive three sounds here. 4) 'match file' sends the file through the learned bases as if live; 'match input' uses the server's sound card. Errors print in the Max console."
    }
   },
   {
    "box": {
     "id": "obj-3",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      180,
      300,
      22
     ],
     "text": "nmf/drumloop.wav",
     "presentation": 1,
     "presentation_rect": [
      38,
      119,
      300,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      330,
      180,
      420,
      22
     ],
     "text": "<- the file (relative to the server's allowed folders, or absolute)"
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      20,
      215,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      149,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      50,
      215,
      60,
      22
     ],
     "text": "open",
     "presentation": 1,
     "presentation_rect": [
      68,
      151,
      50,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      120,
      215,
      90,
      22
     ],
     "text": "opendialog"
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      215,
      98,
      22
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      255,
      90,
      22
     ],
     "text": "components",
     "presentation": 1,
     "presentation_rect": [
      38,
      243,
      80,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      120,
      255,
      90,
      22
     ],
     "text": "iterations",
     "presentation": 1,
     "presentation_rect": [
      128,
      243,
      80,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      20,
      280,
      50,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      263,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      120,
      280,
      50,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      128,
      263,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      720,
      215,
      74,
      22
     ],
     "text": "loadbang"
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      720,
      245,
      40,
      22
     ],
     "text": "3"
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      770,
      245,
      40,
      22
     ],
     "text": "100"
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      220,
      280,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      218,
      263,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      250,
      280,
      90,
      22
     ],
     "text": "decompose",
     "presentation": 1,
     "presentation_rect": [
      248,
      265,
      80,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "newobj",
     "numinlets": 4,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      345,
      106,
      22
     ],
     "text": "pack s 3 100 s"
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      375,
      186,
      22
     ],
     "text": "prepend /nmf/decompose"
    }
   },
   {
    "box": {
     "id": "obj-20",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      360,
      280,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      110,
      399,
      24,
      24
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
      390,
      280,
      50,
      22
     ],
     "text": "play",
     "presentation": 1,
     "presentation_rect": [
      140,
      401,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      450,
      280,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      200,
      399,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-23",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      480,
      280,
      50,
      22
     ],
     "text": "stop",
     "presentation": 1,
     "presentation_rect": [
      230,
      401,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-24",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      540,
      280,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      506,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-25",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      570,
      280,
      80,
      22
     ],
     "text": "match file",
     "presentation": 1,
     "presentation_rect": [
      68,
      508,
      80,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-26",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      660,
      280,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      160,
      506,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-27",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      690,
      280,
      90,
      22
     ],
     "text": "match input",
     "presentation": 1,
     "presentation_rect": [
      190,
      508,
      90,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-28",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      360,
      345,
      82,
      22
     ],
     "text": "/nmf/play"
    }
   },
   {
    "box": {
     "id": "obj-29",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      450,
      345,
      82,
      22
     ],
     "text": "/nmf/stop"
    }
   },
   {
    "box": {
     "id": "obj-30",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      540,
      345,
      150,
      22
     ],
     "text": "nmf/drumloop.wav"
    }
   },
   {
    "box": {
     "id": "obj-31",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      540,
      375,
      202,
      22
     ],
     "text": "prepend /nmf/match/start"
    }
   },
   {
    "box": {
     "id": "obj-32",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700,
      345,
      138,
      22
     ],
     "text": "/nmf/match/start"
    }
   },
   {
    "box": {
     "id": "obj-33",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      760,
      375,
      130,
      22
     ],
     "text": "/nmf/match/stop",
     "presentation": 1,
     "presentation_rect": [
      38,
      538,
      110,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      420,
      186,
      22
     ],
     "text": "udpsend 127.0.0.1 9000"
    }
   },
   {
    "box": {
     "id": "obj-35",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      470,
      130,
      22
     ],
     "text": "udpreceive 9013"
    }
   },
   {
    "box": {
     "id": "obj-36",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 7,
     "outlettype": [
      "",
      "",
      "",
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      20,
      500,
      600,
      22
     ],
     "text": "route /nmf/activation /nmf/env /nmf/match /nmf/progress /error /nmf/component"
    }
   },
   {
    "box": {
     "id": "obj-37",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      740,
      540,
      82,
      22
     ],
     "text": "print nmf"
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      500,
      540,
      130,
      22
     ],
     "text": "print nmf-error"
    }
   },
   {
    "box": {
     "id": "obj-39",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      380,
      540,
      98,
      22
     ],
     "text": "unpack 0. s"
    }
   },
   {
    "box": {
     "id": "obj-40",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      "bang"
     ],
     "patching_rect": [
      380,
      570,
      60,
      22
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      38,
      295,
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
      450,
      570,
      80,
      22
     ],
     "text": "progress",
     "presentation": 1,
     "presentation_rect": [
      104,
      296,
      70,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-42",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      540,
      350,
      22
     ],
     "text": "activations of each component (the last chunk received: ~23 s)",
     "presentation": 1,
     "presentation_rect": [
      380,
      80,
      400,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-43",
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
      570,
      98,
      22
     ],
     "text": "route 0 1 2"
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      610,
      90,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-45",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      640,
      50,
      22
     ],
     "text": "t l l"
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120,
      640,
      58,
      22
     ],
     "text": "zl.len"
    }
   },
   {
    "box": {
     "id": "obj-47",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      200,
      640,
      106,
      22
     ],
     "text": "prepend size"
    }
   },
   {
    "box": {
     "id": "obj-48",
     "maxclass": "multislider",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      320,
      610,
      500,
      90
     ],
     "size": 100,
     "setminmax": [
      0.0,
      1.0
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      380,
      141,
      400,
      60
     ]
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
      830,
      640,
      150,
      22
     ],
     "text": "0: kick / low sine",
     "presentation": 1,
     "presentation_rect": [
      380,
      121,
      200,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-50",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      720,
      90,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-51",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      750,
      50,
      22
     ],
     "text": "t l l"
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120,
      750,
      58,
      22
     ],
     "text": "zl.len"
    }
   },
   {
    "box": {
     "id": "obj-53",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      200,
      750,
      106,
      22
     ],
     "text": "prepend size"
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "multislider",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      320,
      720,
      500,
      90
     ],
     "size": 100,
     "setminmax": [
      0.0,
      1.0
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      380,
      227,
      400,
      60
     ]
    }
   },
   {
    "box": {
     "id": "obj-55",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      830,
      750,
      150,
      22
     ],
     "text": "1: snare / band noise",
     "presentation": 1,
     "presentation_rect": [
      380,
      207,
      200,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-56",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      830,
      90,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-57",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      860,
      50,
      22
     ],
     "text": "t l l"
    }
   },
   {
    "box": {
     "id": "obj-58",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120,
      860,
      58,
      22
     ],
     "text": "zl.len"
    }
   },
   {
    "box": {
     "id": "obj-59",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      200,
      860,
      106,
      22
     ],
     "text": "prepend size"
    }
   },
   {
    "box": {
     "id": "obj-60",
     "maxclass": "multislider",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      320,
      830,
      500,
      90
     ],
     "size": 100,
     "setminmax": [
      0.0,
      1.0
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      380,
      313,
      400,
      60
     ]
    }
   },
   {
    "box": {
     "id": "obj-61",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      830,
      860,
      150,
      22
     ],
     "text": "2: hat / high noise",
     "presentation": 1,
     "presentation_rect": [
      380,
      293,
      200,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-62",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      950,
      350,
      22
     ],
     "text": "envelopes now (play or match) drive three sounds:",
     "presentation": 1,
     "presentation_rect": [
      380,
      391,
      400,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-63",
     "maxclass": "multislider",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      560,
      945,
      120,
      80
     ],
     "size": 3,
     "setminmax": [
      0.0,
      1.0
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      380,
      415,
      120,
      70
     ]
    }
   },
   {
    "box": {
     "id": "obj-64",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      20,
      980,
      130,
      22
     ],
     "text": "unpack 0. 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-65",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      200,
      1050,
      82,
      22
     ],
     "text": "cycle~ 55"
    }
   },
   {
    "box": {
     "id": "obj-66",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      330,
      1020,
      58,
      22
     ],
     "text": "noise~"
    }
   },
   {
    "box": {
     "id": "obj-67",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 4,
     "outlettype": [
      "signal",
      "signal",
      "signal",
      "signal"
     ],
     "patching_rect": [
      330,
      1050,
      114,
      22
     ],
     "text": "svf~ 1200 0.6"
    }
   },
   {
    "box": {
     "id": "obj-68",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      460,
      1020,
      58,
      22
     ],
     "text": "noise~"
    }
   },
   {
    "box": {
     "id": "obj-69",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 4,
     "outlettype": [
      "signal",
      "signal",
      "signal",
      "signal"
     ],
     "patching_rect": [
      460,
      1050,
      114,
      22
     ],
     "text": "svf~ 7000 0.3"
    }
   },
   {
    "box": {
     "id": "obj-70",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1170,
      58,
      22
     ],
     "text": "*~ 0.3"
    }
   },
   {
    "box": {
     "id": "obj-71",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1080,
      90,
      22
     ],
     "text": "pack 0. 12"
    }
   },
   {
    "box": {
     "id": "obj-72",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "signal",
      "bang"
     ],
     "patching_rect": [
      20,
      1110,
      50,
      22
     ],
     "text": "line~"
    }
   },
   {
    "box": {
     "id": "obj-73",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1140,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-74",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      130,
      1080,
      90,
      22
     ],
     "text": "pack 0. 12"
    }
   },
   {
    "box": {
     "id": "obj-75",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "signal",
      "bang"
     ],
     "patching_rect": [
      130,
      1110,
      50,
      22
     ],
     "text": "line~"
    }
   },
   {
    "box": {
     "id": "obj-76",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      130,
      1140,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-77",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      240,
      1080,
      90,
      22
     ],
     "text": "pack 0. 12"
    }
   },
   {
    "box": {
     "id": "obj-78",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "signal",
      "bang"
     ],
     "patching_rect": [
      240,
      1110,
      50,
      22
     ],
     "text": "line~"
    }
   },
   {
    "box": {
     "id": "obj-79",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      240,
      1140,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-80",
     "maxclass": "ezdac~",
     "numinlets": 2,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      1200,
      45,
      45
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      389,
      45,
      45
     ]
    }
   },
   {
    "box": {
     "id": "obj-81",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      80,
      1210,
      100,
      22
     ],
     "text": "audio on/off"
    }
   },
   {
    "box": {
     "id": "obj-82",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      1250,
      800,
      22
     ],
     "text": "the components' sounds (the WAVs the server wrote, loaded when /nmf/component arrives) play with 'play'; untick to mute:",
     "presentation": 1,
     "presentation_rect": [
      380,
      503,
      400,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-83",
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
      1280,
      98,
      22
     ],
     "text": "route 0 1 2"
    }
   },
   {
    "box": {
     "id": "obj-84",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      450,
      1280,
      66,
      22
     ],
     "text": "start 0"
    }
   },
   {
    "box": {
     "id": "obj-85",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      530,
      1280,
      42,
      22
     ],
     "text": "stop"
    }
   },
   {
    "box": {
     "id": "obj-86",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1310,
      130,
      22
     ],
     "text": "prepend replace"
    }
   },
   {
    "box": {
     "id": "obj-87",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "patching_rect": [
      20,
      1340,
      154,
      22
     ],
     "text": "buffer~ nmf-comp-0"
    }
   },
   {
    "box": {
     "id": "obj-88",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "signal",
      "bang"
     ],
     "patching_rect": [
      20,
      1380,
      138,
      22
     ],
     "text": "play~ nmf-comp-0"
    }
   },
   {
    "box": {
     "id": "obj-89",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      180,
      1380,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      380,
      557,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-90",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      180,
      1350,
      40,
      22
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-91",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      20,
      1420,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-92",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      1310,
      130,
      22
     ],
     "text": "prepend replace"
    }
   },
   {
    "box": {
     "id": "obj-93",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "patching_rect": [
      220,
      1340,
      154,
      22
     ],
     "text": "buffer~ nmf-comp-1"
    }
   },
   {
    "box": {
     "id": "obj-94",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "signal",
      "bang"
     ],
     "patching_rect": [
      220,
      1380,
      138,
      22
     ],
     "text": "play~ nmf-comp-1"
    }
   },
   {
    "box": {
     "id": "obj-95",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      380,
      1380,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      490,
      557,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-96",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      380,
      1350,
      40,
      22
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-97",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      220,
      1420,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-98",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      1310,
      130,
      22
     ],
     "text": "prepend replace"
    }
   },
   {
    "box": {
     "id": "obj-99",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "float",
      "bang"
     ],
     "patching_rect": [
      420,
      1340,
      154,
      22
     ],
     "text": "buffer~ nmf-comp-2"
    }
   },
   {
    "box": {
     "id": "obj-100",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "signal",
      "bang"
     ],
     "patching_rect": [
      420,
      1380,
      138,
      22
     ],
     "text": "play~ nmf-comp-2"
    }
   },
   {
    "box": {
     "id": "obj-101",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "int"
     ],
     "patching_rect": [
      580,
      1380,
      24,
      24
     ],
     "parameter_enable": 0,
     "presentation": 1,
     "presentation_rect": [
      600,
      557,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-102",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580,
      1350,
      40,
      22
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-103",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      "signal"
     ],
     "patching_rect": [
      420,
      1420,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-203",
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      640,
      420,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-204",
     "maxclass": "message",
     "text": "/connect 9013",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      640,
      450,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-205",
     "maxclass": "comment",
     "text": "replies to this patch come to port 9013 (it asks with /connect when it opens), so every oscserver patch can be open at once",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      760,
      420,
      220,
      80
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-1",
     "maxclass": "comment",
     "text": "front-panel labels (shown in presentation view)",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      10,
      300,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-2",
     "maxclass": "comment",
     "text": "NMF",
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
     "id": "obj-fp-nmf-3",
     "maxclass": "comment",
     "text": "Splits a sound into components (a drum loop: kick, snare, hat) whose envelopes act as envelope followers.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      50,
      760,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      46,
      760,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-4",
     "maxclass": "comment",
     "text": "1) Choose a sound the server may read: keep the example loop, or click open.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      74,
      330,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      80,
      330,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-5",
     "maxclass": "comment",
     "text": "2) Set components, iterations and bases (free: learn them; seed: start from the last ones; fixed: keep the last ones, learn only the envelopes), then click decompose.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      113,
      330,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      176,
      330,
      65
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-6",
     "maxclass": "comment",
     "text": "3) Turn audio on and click play: the server streams the envelopes in time with the sound, and they drive three sounds here.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      167,
      330,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      335,
      330,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-7",
     "maxclass": "comment",
     "text": "4) Match: send the file, or the server's sound-card input, through the learned components as if it were live.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      221,
      330,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      452,
      330,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-8",
     "maxclass": "comment",
     "text": "Errors (what was wrong and what is allowed) and the components' WAV paths print in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      275,
      330,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      740,
      330,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-9",
     "maxclass": "comment",
     "text": "0 kick",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      329,
      70,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      410,
      559,
      70,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-10",
     "maxclass": "comment",
     "text": "1 snare",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      353,
      70,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      520,
      559,
      70,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-nmf-11",
     "maxclass": "comment",
     "text": "2 hat",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1020,
      377,
      70,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      630,
      559,
      70,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-b1",
     "maxclass": "umenu",
     "numinlets": 2,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      360,
      300,
      90,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      200,
      295,
      90,
      22
     ],
     "items": [
      "free",
      ",",
      "seed",
      ",",
      "fixed"
     ]
    }
   },
   {
    "box": {
     "id": "obj-b2",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      460,
      300,
      50,
      20
     ],
     "text": "bases",
     "presentation": 1,
     "presentation_rect": [
      296,
      296,
      50,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-b3",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      360,
      325,
      70,
      22
     ],
     "text": "tosymbol"
    }
   },
   {
    "box": {
     "id": "obj-b4",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820,
      245,
      30,
      22
     ],
     "text": "0"
    }
   },
   {
    "box": {
     "id": "obj-s1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1020,
      340,
      330,
      80
     ],
     "text": "5) Separate live: separate file plays the file above as if live, separate input takes the server's sound-card input. Each component streams back and plays here (audio on): its level meter, hear (mute) and solo are on the right.",
     "presentation": 1,
     "presentation_rect": [
      20,
      600,
      330,
      80
     ]
    }
   },
   {
    "box": {
     "id": "obj-s2",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1500,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      688,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-s3",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      50,
      1500,
      90,
      20
     ],
     "text": "separate file",
     "presentation": 1,
     "presentation_rect": [
      68,
      690,
      90,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-s4",
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160,
      1500,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      160,
      688,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-s5",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      190,
      1500,
      100,
      20
     ],
     "text": "separate input",
     "presentation": 1,
     "presentation_rect": [
      190,
      690,
      100,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-s6",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320,
      1500,
      120,
      22
     ],
     "text": "/nmf/filter/stop",
     "presentation": 1,
     "presentation_rect": [
      38,
      716,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-s7",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1530,
      150,
      22
     ],
     "text": "nmf/drumloop.wav"
    }
   },
   {
    "box": {
     "id": "obj-s8",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1560,
      190,
      22
     ],
     "text": "prepend /nmf/filter/start"
    }
   },
   {
    "box": {
     "id": "obj-s9",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160,
      1530,
      160,
      22
     ],
     "text": "/nmf/filter/start input"
    }
   },
   {
    "box": {
     "id": "obj-s10",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1020,
      430,
      400,
      20
     ],
     "text": "live separation: each part's level and solo (hear above mutes it)",
     "presentation": 1,
     "presentation_rect": [
      380,
      590,
      400,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-r1",
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
      1600,
      420,
      22
     ],
     "text": "route /nmf/filter/block /nmf/filter/started /nmf/filter/done"
    }
   },
   {
    "box": {
     "id": "obj-r2",
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
      1630,
      98,
      22
     ],
     "text": "route 0 1 2"
    }
   },
   {
    "box": {
     "id": "obj-r3",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      460,
      1630,
      110,
      22
     ],
     "text": "print nmf-filter"
    }
   },
   {
    "box": {
     "id": "obj-r4",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      600,
      1630,
      90,
      22
     ],
     "text": "unpack i i i"
    }
   },
   {
    "box": {
     "id": "obj-r5",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      640,
      1660,
      40,
      22
     ],
     "text": "* 16"
    }
   },
   {
    "box": {
     "id": "obj-r6",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      640,
      1690,
      40,
      22
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-r7",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700,
      1720,
      110,
      22
     ],
     "text": "sizeinsamps $1"
    }
   },
   {
    "box": {
     "id": "obj-r8",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      640,
      1750,
      40,
      22
     ],
     "text": "/ 1."
    }
   },
   {
    "box": {
     "id": "obj-r9",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      640,
      1780,
      70,
      22
     ],
     "text": "!/ 44100."
    }
   },
   {
    "box": {
     "id": "obj-r10",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      640,
      1820,
      60,
      22
     ],
     "text": "phasor~"
    }
   },
   {
    "box": {
     "id": "obj-r11",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      640,
      1850,
      60,
      22
     ],
     "text": "*~ 8192"
    }
   },
   {
    "box": {
     "id": "obj-g1",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820,
      1600,
      120,
      22
     ],
     "text": "pak 1 1 1 0 0 0"
    }
   },
   {
    "box": {
     "id": "obj-solo0",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820,
      1560,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      442,
      617,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-solot0",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      820,
      1530,
      40,
      20
     ],
     "text": "solo",
     "presentation": 1,
     "presentation_rect": [
      442,
      643,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-meter0",
     "maxclass": "meter~",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      120,
      2060,
      80,
      13
     ],
     "presentation": 1,
     "presentation_rect": [
      380,
      620,
      56,
      13
     ]
    }
   },
   {
    "box": {
     "id": "obj-mname0",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      120,
      2080,
      90,
      20
     ],
     "text": "level",
     "presentation": 1,
     "presentation_rect": [
      380,
      643,
      56,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-e0",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820,
      1640,
      300,
      22
     ],
     "text": "expr $i1 * ($i4 || ($i4 + $i5 + $i6) == 0)"
    }
   },
   {
    "box": {
     "id": "obj-w10",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      1670,
      80,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-w20",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1700,
      40,
      22
     ],
     "text": "% 16"
    }
   },
   {
    "box": {
     "id": "obj-w30",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1730,
      50,
      22
     ],
     "text": "* 512"
    }
   },
   {
    "box": {
     "id": "obj-w40",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1790,
      30,
      22
     ],
     "text": "i"
    }
   },
   {
    "box": {
     "id": "obj-w50",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      110,
      1700,
      70,
      22
     ],
     "text": "zl.iter 1"
    }
   },
   {
    "box": {
     "id": "obj-w60",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      110,
      1730,
      50,
      22
     ],
     "text": "t b f"
    }
   },
   {
    "box": {
     "id": "obj-w70",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      1820,
      40,
      22
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-w80",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      70,
      1850,
      40,
      22
     ],
     "text": "+ 1"
    }
   },
   {
    "box": {
     "id": "obj-w90",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1880,
      120,
      22
     ],
     "text": "peek~ nmf-sep-0"
    }
   },
   {
    "box": {
     "id": "obj-w100",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      1910,
      170,
      22
     ],
     "text": "buffer~ nmf-sep-0 8192"
    }
   },
   {
    "box": {
     "id": "obj-p10",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      1950,
      130,
      22
     ],
     "text": "index~ nmf-sep-0"
    }
   },
   {
    "box": {
     "id": "obj-p20",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      120,
      1980,
      80,
      22
     ],
     "text": "pack 0. 20"
    }
   },
   {
    "box": {
     "id": "obj-p30",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      120,
      2010,
      50,
      22
     ],
     "text": "line~"
    }
   },
   {
    "box": {
     "id": "obj-p40",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      2040,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-solo1",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      860,
      1560,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      552,
      617,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-solot1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      860,
      1530,
      40,
      20
     ],
     "text": "solo",
     "presentation": 1,
     "presentation_rect": [
      552,
      643,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-meter1",
     "maxclass": "meter~",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320,
      2060,
      80,
      13
     ],
     "presentation": 1,
     "presentation_rect": [
      490,
      620,
      56,
      13
     ]
    }
   },
   {
    "box": {
     "id": "obj-mname1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      320,
      2080,
      90,
      20
     ],
     "text": "level",
     "presentation": 1,
     "presentation_rect": [
      490,
      643,
      56,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-e1",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820,
      1670,
      300,
      22
     ],
     "text": "expr $i2 * ($i5 || ($i4 + $i5 + $i6) == 0)"
    }
   },
   {
    "box": {
     "id": "obj-w11",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      220,
      1670,
      80,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-w21",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      1700,
      40,
      22
     ],
     "text": "% 16"
    }
   },
   {
    "box": {
     "id": "obj-w31",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      1730,
      50,
      22
     ],
     "text": "* 512"
    }
   },
   {
    "box": {
     "id": "obj-w41",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      1790,
      30,
      22
     ],
     "text": "i"
    }
   },
   {
    "box": {
     "id": "obj-w51",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      310,
      1700,
      70,
      22
     ],
     "text": "zl.iter 1"
    }
   },
   {
    "box": {
     "id": "obj-w61",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      310,
      1730,
      50,
      22
     ],
     "text": "t b f"
    }
   },
   {
    "box": {
     "id": "obj-w71",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      220,
      1820,
      40,
      22
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-w81",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      270,
      1850,
      40,
      22
     ],
     "text": "+ 1"
    }
   },
   {
    "box": {
     "id": "obj-w91",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      1880,
      120,
      22
     ],
     "text": "peek~ nmf-sep-1"
    }
   },
   {
    "box": {
     "id": "obj-w101",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      220,
      1910,
      170,
      22
     ],
     "text": "buffer~ nmf-sep-1 8192"
    }
   },
   {
    "box": {
     "id": "obj-p11",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      1950,
      130,
      22
     ],
     "text": "index~ nmf-sep-1"
    }
   },
   {
    "box": {
     "id": "obj-p21",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320,
      1980,
      80,
      22
     ],
     "text": "pack 0. 20"
    }
   },
   {
    "box": {
     "id": "obj-p31",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      320,
      2010,
      50,
      22
     ],
     "text": "line~"
    }
   },
   {
    "box": {
     "id": "obj-p41",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      220,
      2040,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-solo2",
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      900,
      1560,
      24,
      24
     ],
     "presentation": 1,
     "presentation_rect": [
      662,
      617,
      24,
      24
     ]
    }
   },
   {
    "box": {
     "id": "obj-solot2",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      900,
      1530,
      40,
      20
     ],
     "text": "solo",
     "presentation": 1,
     "presentation_rect": [
      662,
      643,
      40,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-meter2",
     "maxclass": "meter~",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      520,
      2060,
      80,
      13
     ],
     "presentation": 1,
     "presentation_rect": [
      600,
      620,
      56,
      13
     ]
    }
   },
   {
    "box": {
     "id": "obj-mname2",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      520,
      2080,
      90,
      20
     ],
     "text": "level",
     "presentation": 1,
     "presentation_rect": [
      600,
      643,
      56,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-e2",
     "maxclass": "newobj",
     "numinlets": 6,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820,
      1700,
      300,
      22
     ],
     "text": "expr $i3 * ($i6 || ($i4 + $i5 + $i6) == 0)"
    }
   },
   {
    "box": {
     "id": "obj-w12",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      420,
      1670,
      80,
      22
     ],
     "text": "zl.slice 1"
    }
   },
   {
    "box": {
     "id": "obj-w22",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      1700,
      40,
      22
     ],
     "text": "% 16"
    }
   },
   {
    "box": {
     "id": "obj-w32",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      1730,
      50,
      22
     ],
     "text": "* 512"
    }
   },
   {
    "box": {
     "id": "obj-w42",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      1790,
      30,
      22
     ],
     "text": "i"
    }
   },
   {
    "box": {
     "id": "obj-w52",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      510,
      1700,
      70,
      22
     ],
     "text": "zl.iter 1"
    }
   },
   {
    "box": {
     "id": "obj-w62",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      510,
      1730,
      50,
      22
     ],
     "text": "t b f"
    }
   },
   {
    "box": {
     "id": "obj-w72",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      420,
      1820,
      40,
      22
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-w82",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      470,
      1850,
      40,
      22
     ],
     "text": "+ 1"
    }
   },
   {
    "box": {
     "id": "obj-w92",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      1880,
      120,
      22
     ],
     "text": "peek~ nmf-sep-2"
    }
   },
   {
    "box": {
     "id": "obj-w102",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      420,
      1910,
      170,
      22
     ],
     "text": "buffer~ nmf-sep-2 8192"
    }
   },
   {
    "box": {
     "id": "obj-p12",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      1950,
      130,
      22
     ],
     "text": "index~ nmf-sep-2"
    }
   },
   {
    "box": {
     "id": "obj-p22",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      520,
      1980,
      80,
      22
     ],
     "text": "pack 0. 20"
    }
   },
   {
    "box": {
     "id": "obj-p32",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      520,
      2010,
      50,
      22
     ],
     "text": "line~"
    }
   },
   {
    "box": {
     "id": "obj-p42",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      420,
      2040,
      40,
      22
     ],
     "text": "*~"
    }
   },
   {
    "box": {
     "id": "obj-ph1",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      110,
      1700,
      50,
      22
     ],
     "text": "sel 0"
    }
   },
   {
    "box": {
     "id": "obj-ph2",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      110,
      1730,
      40,
      22
     ],
     "text": "0.5"
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-5",
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
      "obj-8",
      0
     ],
     "destination": [
      "obj-3",
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
      "obj-13",
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
      "obj-14",
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
      "obj-15",
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
      "obj-11",
      0
     ],
     "destination": [
      "obj-18",
      1
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
      "obj-18",
      2
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
      "obj-3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-3",
      0
     ],
     "destination": [
      "obj-18",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-18",
      0
     ],
     "destination": [
      "obj-19",
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
      "obj-28",
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
      "obj-29",
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
      "obj-30",
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
      "obj-31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-26",
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
      "obj-19",
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
      "obj-28",
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
      "obj-29",
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
      "obj-31",
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
      "obj-32",
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
      "obj-36",
      6
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
      4
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
      "obj-36",
      3
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
      "obj-40",
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
      1
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
      "obj-45",
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
      "obj-47",
      0
     ],
     "destination": [
      "obj-48",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-45",
      0
     ],
     "destination": [
      "obj-48",
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
      "obj-50",
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
      "obj-51",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-51",
      1
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
      "obj-51",
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
      "obj-43",
      2
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
      1
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
      "obj-58",
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
      "obj-57",
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
      "obj-36",
      1
     ],
     "destination": [
      "obj-63",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-36",
      2
     ],
     "destination": [
      "obj-63",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-36",
      1
     ],
     "destination": [
      "obj-64",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-36",
      2
     ],
     "destination": [
      "obj-64",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-66",
      0
     ],
     "destination": [
      "obj-67",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-68",
      0
     ],
     "destination": [
      "obj-69",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
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
      "obj-72",
      0
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
      "obj-65",
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
      "obj-73",
      0
     ],
     "destination": [
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      1
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
      "obj-75",
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
      "obj-76",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      2
     ],
     "destination": [
      "obj-76",
      1
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
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      2
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
      "obj-78",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-78",
      0
     ],
     "destination": [
      "obj-79",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      1
     ],
     "destination": [
      "obj-79",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-79",
      0
     ],
     "destination": [
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-70",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-70",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-36",
      5
     ],
     "destination": [
      "obj-83",
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
      "obj-84",
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
      "obj-85",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      0
     ],
     "destination": [
      "obj-86",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-86",
      0
     ],
     "destination": [
      "obj-87",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-84",
      0
     ],
     "destination": [
      "obj-88",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-85",
      0
     ],
     "destination": [
      "obj-88",
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
      "obj-90",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-90",
      0
     ],
     "destination": [
      "obj-89",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-88",
      0
     ],
     "destination": [
      "obj-91",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-89",
      0
     ],
     "destination": [
      "obj-91",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-91",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-91",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      1
     ],
     "destination": [
      "obj-92",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-92",
      0
     ],
     "destination": [
      "obj-93",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-84",
      0
     ],
     "destination": [
      "obj-94",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-85",
      0
     ],
     "destination": [
      "obj-94",
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
      "obj-96",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-96",
      0
     ],
     "destination": [
      "obj-95",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-94",
      0
     ],
     "destination": [
      "obj-97",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-95",
      0
     ],
     "destination": [
      "obj-97",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-97",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-97",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      2
     ],
     "destination": [
      "obj-98",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-98",
      0
     ],
     "destination": [
      "obj-99",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-84",
      0
     ],
     "destination": [
      "obj-100",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-85",
      0
     ],
     "destination": [
      "obj-100",
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
      "obj-102",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-102",
      0
     ],
     "destination": [
      "obj-101",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-100",
      0
     ],
     "destination": [
      "obj-103",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-101",
      0
     ],
     "destination": [
      "obj-103",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-103",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-103",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-203",
      0
     ],
     "destination": [
      "obj-204",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-204",
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
      "obj-b1",
      1
     ],
     "destination": [
      "obj-b3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-b3",
      0
     ],
     "destination": [
      "obj-18",
      3
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
      "obj-b4",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-b4",
      0
     ],
     "destination": [
      "obj-b1",
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
      "obj-s7",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-s2",
      0
     ],
     "destination": [
      "obj-s7",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-s7",
      0
     ],
     "destination": [
      "obj-s8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-s8",
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
      "obj-s4",
      0
     ],
     "destination": [
      "obj-s9",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-s9",
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
      "obj-s6",
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
      "obj-36",
      6
     ],
     "destination": [
      "obj-r1",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r1",
      0
     ],
     "destination": [
      "obj-r2",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r1",
      1
     ],
     "destination": [
      "obj-r3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r1",
      2
     ],
     "destination": [
      "obj-r3",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r1",
      1
     ],
     "destination": [
      "obj-r4",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r4",
      1
     ],
     "destination": [
      "obj-r5",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r5",
      0
     ],
     "destination": [
      "obj-r6",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r6",
      1
     ],
     "destination": [
      "obj-r7",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r6",
      0
     ],
     "destination": [
      "obj-r8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r8",
      0
     ],
     "destination": [
      "obj-r9",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r4",
      2
     ],
     "destination": [
      "obj-r9",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r9",
      0
     ],
     "destination": [
      "obj-r10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r10",
      0
     ],
     "destination": [
      "obj-r11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r6",
      0
     ],
     "destination": [
      "obj-r11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-89",
      0
     ],
     "destination": [
      "obj-g1",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-95",
      0
     ],
     "destination": [
      "obj-g1",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-101",
      0
     ],
     "destination": [
      "obj-g1",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-solo0",
      0
     ],
     "destination": [
      "obj-g1",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-g1",
      0
     ],
     "destination": [
      "obj-e0",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r2",
      0
     ],
     "destination": [
      "obj-w10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w10",
      0
     ],
     "destination": [
      "obj-w20",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w20",
      0
     ],
     "destination": [
      "obj-w30",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w30",
      0
     ],
     "destination": [
      "obj-w40",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w10",
      1
     ],
     "destination": [
      "obj-w50",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w50",
      0
     ],
     "destination": [
      "obj-w60",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w60",
      1
     ],
     "destination": [
      "obj-w90",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w60",
      0
     ],
     "destination": [
      "obj-w40",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w40",
      0
     ],
     "destination": [
      "obj-w70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w70",
      1
     ],
     "destination": [
      "obj-w80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w80",
      0
     ],
     "destination": [
      "obj-w40",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w70",
      0
     ],
     "destination": [
      "obj-w90",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r7",
      0
     ],
     "destination": [
      "obj-w100",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r11",
      0
     ],
     "destination": [
      "obj-p10",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p10",
      0
     ],
     "destination": [
      "obj-p40",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p10",
      0
     ],
     "destination": [
      "obj-meter0",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-e0",
      0
     ],
     "destination": [
      "obj-p20",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p20",
      0
     ],
     "destination": [
      "obj-p30",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p30",
      0
     ],
     "destination": [
      "obj-p40",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p40",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p40",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-solo1",
      0
     ],
     "destination": [
      "obj-g1",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-g1",
      0
     ],
     "destination": [
      "obj-e1",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r2",
      1
     ],
     "destination": [
      "obj-w11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w11",
      0
     ],
     "destination": [
      "obj-w21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w21",
      0
     ],
     "destination": [
      "obj-w31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w31",
      0
     ],
     "destination": [
      "obj-w41",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w11",
      1
     ],
     "destination": [
      "obj-w51",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w51",
      0
     ],
     "destination": [
      "obj-w61",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w61",
      1
     ],
     "destination": [
      "obj-w91",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w61",
      0
     ],
     "destination": [
      "obj-w41",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w41",
      0
     ],
     "destination": [
      "obj-w71",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w71",
      1
     ],
     "destination": [
      "obj-w81",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w81",
      0
     ],
     "destination": [
      "obj-w41",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w71",
      0
     ],
     "destination": [
      "obj-w91",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r7",
      0
     ],
     "destination": [
      "obj-w101",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r11",
      0
     ],
     "destination": [
      "obj-p11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p11",
      0
     ],
     "destination": [
      "obj-p41",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p11",
      0
     ],
     "destination": [
      "obj-meter1",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-e1",
      0
     ],
     "destination": [
      "obj-p21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p21",
      0
     ],
     "destination": [
      "obj-p31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p31",
      0
     ],
     "destination": [
      "obj-p41",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p41",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p41",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-solo2",
      0
     ],
     "destination": [
      "obj-g1",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-g1",
      0
     ],
     "destination": [
      "obj-e2",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r2",
      2
     ],
     "destination": [
      "obj-w12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w12",
      0
     ],
     "destination": [
      "obj-w22",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w22",
      0
     ],
     "destination": [
      "obj-w32",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w32",
      0
     ],
     "destination": [
      "obj-w42",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w12",
      1
     ],
     "destination": [
      "obj-w52",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w52",
      0
     ],
     "destination": [
      "obj-w62",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w62",
      1
     ],
     "destination": [
      "obj-w92",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w62",
      0
     ],
     "destination": [
      "obj-w42",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w42",
      0
     ],
     "destination": [
      "obj-w72",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w72",
      1
     ],
     "destination": [
      "obj-w82",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w82",
      0
     ],
     "destination": [
      "obj-w42",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w72",
      0
     ],
     "destination": [
      "obj-w92",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r7",
      0
     ],
     "destination": [
      "obj-w102",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-r11",
      0
     ],
     "destination": [
      "obj-p12",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p12",
      0
     ],
     "destination": [
      "obj-p42",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p12",
      0
     ],
     "destination": [
      "obj-meter2",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-e2",
      0
     ],
     "destination": [
      "obj-p22",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p22",
      0
     ],
     "destination": [
      "obj-p32",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p32",
      0
     ],
     "destination": [
      "obj-p42",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p42",
      0
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-p42",
      0
     ],
     "destination": [
      "obj-80",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w10",
      0
     ],
     "destination": [
      "obj-ph1",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-ph1",
      0
     ],
     "destination": [
      "obj-ph2",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-ph2",
      0
     ],
     "destination": [
      "obj-r10",
      1
     ]
    }
   }
  ]
 }
}
