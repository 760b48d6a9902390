{
 "patcher": {
  "fileversion": 1,
  "appversion": {
   "major": 8,
   "minor": 5,
   "revision": 0,
   "architecture": "x64",
   "modernui": 1
  },
  "classnamespace": "box",
  "rect": [
   40,
   40,
   760,
   640
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
     "text": "corpus map: every sound of a folder becomes a point; similar sounds sit together, colours are k-means clusters. Start the server first (oscserver serve: it listens on UDP 9000 and replies to 9014)."
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
      50
     ],
     "text": "1) Edit the folder in the first message box (a folder the server may read) and click it, or click /corpus/load hydrogen-drums. 2) Click the speaker (audio on). 3) Move the mouse over the map (or drag on it): the nearest sound plays. Errors print in the Max console."
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
      140,
      260,
      22
     ],
     "text": "/corpus/analyze /Users/me/sounds 8",
     "presentation": 1,
     "presentation_rect": [
      38,
      149,
      260,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      300,
      140,
      200,
      22
     ],
     "text": "/corpus/load hydrogen-drums",
     "presentation": 1,
     "presentation_rect": [
      38,
      179,
      200,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      520,
      140,
      120,
      22
     ],
     "text": "/corpus/map tsne",
     "presentation": 1,
     "presentation_rect": [
      38,
      288,
      116,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      650,
      140,
      120,
      22
     ],
     "text": "/corpus/map grid",
     "presentation": 1,
     "presentation_rect": [
      164,
      288,
      116,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      780,
      140,
      110,
      22
     ],
     "text": "/corpus/map pca",
     "presentation": 1,
     "presentation_rect": [
      290,
      288,
      110,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      180,
      160,
      22
     ],
     "text": "udpsend 127.0.0.1 9000"
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      520,
      120,
      22
     ],
     "text": "udpreceive 9014"
    }
   },
   {
    "box": {
     "id": "obj-10",
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
      550,
      560,
      22
     ],
     "text": "route /corpus/point /corpus/done /corpus/nearest /corpus/play /corpus/progress /error"
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "lcd",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      20,
      210,
      300,
      300
     ],
     "presentation": 1,
     "presentation_rect": [
      440,
      99,
      300,
      300
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      330,
      210,
      200,
      40
     ],
     "text": "<- move the mouse over the map: the nearest sound plays"
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      330,
      260,
      60,
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
      330,
      290,
      110,
      22
     ],
     "text": "local 0, idle 1"
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      590,
      60,
      22
     ],
     "text": "t l l"
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      180,
      620,
      70,
      22
     ],
     "text": "unpack i f"
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      180,
      650,
      60,
      22
     ],
     "text": "sel 0"
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      180,
      680,
      50,
      22
     ],
     "text": "clear"
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      20,
      720,
      160,
      22
     ],
     "text": "unpack i f f i s"
    }
   },
   {
    "box": {
     "id": "obj-20",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      750,
      110,
      22
     ],
     "text": "expr $f1*292+2"
    }
   },
   {
    "box": {
     "id": "obj-21",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      140,
      750,
      130,
      22
     ],
     "text": "expr (1-$f1)*292+2"
    }
   },
   {
    "box": {
     "id": "obj-22",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      280,
      750,
      60,
      22
     ],
     "text": "t i i i"
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
      240,
      780,
      140,
      22
     ],
     "text": "expr ($i1*83+40)%256"
    }
   },
   {
    "box": {
     "id": "obj-24",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      240,
      810,
      150,
      22
     ],
     "text": "expr ($i1*151+200)%256"
    }
   },
   {
    "box": {
     "id": "obj-25",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      240,
      840,
      140,
      22
     ],
     "text": "expr ($i1*47+120)%256"
    }
   },
   {
    "box": {
     "id": "obj-26",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      20,
      780,
      60,
      22
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-27",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      140,
      780,
      60,
      22
     ],
     "text": "t i i"
    }
   },
   {
    "box": {
     "id": "obj-28",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      60,
      810,
      60,
      22
     ],
     "text": "+ 4"
    }
   },
   {
    "box": {
     "id": "obj-29",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      180,
      810,
      60,
      22
     ],
     "text": "+ 4"
    }
   },
   {
    "box": {
     "id": "obj-30",
     "maxclass": "newobj",
     "numinlets": 7,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      880,
      200,
      22
     ],
     "text": "pack 0 0 0 0 0 0 0"
    }
   },
   {
    "box": {
     "id": "obj-31",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      910,
      240,
      22
     ],
     "text": "paintoval $1 $2 $3 $4 $5 $6 $7"
    }
   },
   {
    "box": {
     "id": "obj-32",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      560,
      210,
      70,
      22
     ],
     "text": "unpack i i"
    }
   },
   {
    "box": {
     "id": "obj-33",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      240,
      100,
      22
     ],
     "text": "expr $f1/300."
    }
   },
   {
    "box": {
     "id": "obj-34",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      680,
      240,
      120,
      22
     ],
     "text": "expr 1.-$f1/300."
    }
   },
   {
    "box": {
     "id": "obj-35",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      270,
      70,
      22
     ],
     "text": "clip 0. 1."
    }
   },
   {
    "box": {
     "id": "obj-36",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      680,
      270,
      70,
      22
     ],
     "text": "clip 0. 1."
    }
   },
   {
    "box": {
     "id": "obj-37",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      300,
      70,
      22
     ],
     "text": "pack 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-38",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      330,
      160,
      22
     ],
     "text": "/corpus/nearest $1 $2"
    }
   },
   {
    "box": {
     "id": "obj-39",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      400,
      590,
      160,
      22
     ],
     "text": "unpack i f f i s"
    }
   },
   {
    "box": {
     "id": "obj-40",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      400,
      620,
      60,
      22
     ],
     "text": "change"
    }
   },
   {
    "box": {
     "id": "obj-41",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      400,
      650,
      120,
      22
     ],
     "text": "/corpus/play $1"
    }
   },
   {
    "box": {
     "id": "obj-42",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      580,
      620,
      140,
      22
     ],
     "text": "print corpus-nearest"
    }
   },
   {
    "box": {
     "id": "obj-43",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      400,
      690,
      60,
      22
     ],
     "text": "t l l"
    }
   },
   {
    "box": {
     "id": "obj-44",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      520,
      720,
      70,
      22
     ],
     "text": "unpack i s"
    }
   },
   {
    "box": {
     "id": "obj-45",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      520,
      750,
      100,
      22
     ],
     "text": "prepend open"
    }
   },
   {
    "box": {
     "id": "obj-46",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      400,
      780,
      160,
      22
     ],
     "text": "unpack i s f f i"
    }
   },
   {
    "box": {
     "id": "obj-47",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      400,
      810,
      60,
      22
     ],
     "text": "sel 0"
    }
   },
   {
    "box": {
     "id": "obj-48",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      400,
      840,
      50,
      22
     ],
     "text": "1"
    }
   },
   {
    "box": {
     "id": "obj-49",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      400,
      870,
      80,
      22
     ],
     "text": "sfplay~"
    }
   },
   {
    "box": {
     "id": "obj-50",
     "maxclass": "ezdac~",
     "numinlets": 2,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      400,
      910,
      45,
      45
     ],
     "presentation": 1,
     "presentation_rect": [
      200,
      320,
      45,
      45
     ]
    }
   },
   {
    "box": {
     "id": "obj-51",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      520,
      840,
      300,
      40
     ],
     "text": "with a sound card on the server (card 1) the server plays the sound itself",
     "presentation": 1,
     "presentation_rect": [
      38,
      425,
      372,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-52",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      640,
      690,
      120,
      22
     ],
     "text": "print corpus-done"
    }
   },
   {
    "box": {
     "id": "obj-53",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      640,
      730,
      70,
      22
     ],
     "text": "unpack f s"
    }
   },
   {
    "box": {
     "id": "obj-54",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      640,
      760,
      60,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      209,
      60,
      22
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
      710,
      760,
      80,
      20
     ],
     "text": "progress",
     "presentation": 1,
     "presentation_rect": [
      104,
      210,
      70,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-56",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      640,
      800,
      120,
      22
     ],
     "text": "print corpus-error"
    }
   },
   {
    "box": {
     "id": "obj-156",
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      "bang"
     ],
     "patching_rect": [
      560,
      380,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-157",
     "maxclass": "message",
     "text": "/connect 9014",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      410,
      100,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-158",
     "maxclass": "comment",
     "text": "replies to this patch come to port 9014 (it asks with /connect when it opens), so every oscserver patch can be open at once",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      680,
      380,
      200,
      80
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-1",
     "maxclass": "comment",
     "text": "front-panel labels (shown in presentation view)",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      10,
      300,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-2",
     "maxclass": "comment",
     "text": "corpus map",
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
     "id": "obj-fp-corpus-3",
     "maxclass": "comment",
     "text": "Every sound of a folder becomes a point: similar sounds sit together, each colour is a k-means cluster.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      50,
      720,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      46,
      720,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-4",
     "maxclass": "comment",
     "text": "1) Choose the sounds: edit the folder in the first message (a folder the server may read, 8 clusters) and click it, or click the bundled drum kit.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      89,
      390,
      50
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      95,
      390,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-5",
     "maxclass": "comment",
     "text": "2) Lay the map out another way: t-SNE (neighbours in sound), an even grid, or the two main axes (PCA):",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      143,
      390,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      249,
      390,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-6",
     "maxclass": "comment",
     "text": "3) Turn the sound on:",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      182,
      170,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      332,
      170,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-7",
     "maxclass": "comment",
     "text": "4) Move the mouse over the map (or drag on it): the nearest sound plays.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      206,
      390,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      382,
      390,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-8",
     "maxclass": "comment",
     "text": "Errors (what was wrong and what is allowed) print in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      245,
      390,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      590,
      390,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-corpus-9",
     "maxclass": "comment",
     "text": "the map: x (left to right) and y (bottom to top) run from 0 to 1",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      940,
      284,
      300,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      440,
      405,
      300,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-w1",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1340,
      89,
      390,
      50
     ],
     "text": "5) Brush: set a radius (0 = off): as the mouse moves, the sounds within that distance of it are counted and listed (ids, nearest first).",
     "presentation": 1,
     "presentation_rect": [
      20,
      470,
      390,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-w2",
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      720,
      330,
      60,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      524,
      60,
      22
     ],
     "minimum": 0.0,
     "maximum": 1.5
    }
   },
   {
    "box": {
     "id": "obj-w3",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      790,
      330,
      50,
      20
     ],
     "text": "radius",
     "presentation": 1,
     "presentation_rect": [
      104,
      525,
      50,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-w4",
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      860,
      780,
      50,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      170,
      524,
      50,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-w5",
     "maxclass": "comment",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      920,
      780,
      100,
      20
     ],
     "text": "sounds within",
     "presentation": 1,
     "presentation_rect": [
      226,
      525,
      100,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-w6",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      860,
      840,
      372,
      22
     ],
     "text": "",
     "presentation": 1,
     "presentation_rect": [
      38,
      554,
      372,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-w7",
     "maxclass": "newobj",
     "numinlets": 3,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      440,
      110,
      22
     ],
     "text": "pack 0. 0. 0."
    }
   },
   {
    "box": {
     "id": "obj-w8",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      720,
      360,
      40,
      22
     ],
     "text": "> 0."
    }
   },
   {
    "box": {
     "id": "obj-w9",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      470,
      50,
      22
     ],
     "text": "gate 1"
    }
   },
   {
    "box": {
     "id": "obj-w10",
     "maxclass": "message",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      500,
      180,
      22
     ],
     "text": "/corpus/within $1 $2 $3 64"
    }
   },
   {
    "box": {
     "id": "obj-w11",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 3,
     "outlettype": [
      "",
      "",
      ""
     ],
     "patching_rect": [
      860,
      620,
      270,
      22
     ],
     "text": "route /corpus/within /corpus/within/done"
    }
   },
   {
    "box": {
     "id": "obj-w12",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 5,
     "outlettype": [
      "",
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      860,
      660,
      120,
      22
     ],
     "text": "unpack i f f i s"
    }
   },
   {
    "box": {
     "id": "obj-w13",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      860,
      700,
      90,
      22
     ],
     "text": "zl.group 64"
    }
   },
   {
    "box": {
     "id": "obj-w14",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 2,
     "outlettype": [
      "",
      ""
     ],
     "patching_rect": [
      1000,
      660,
      50,
      22
     ],
     "text": "t i b"
    }
   },
   {
    "box": {
     "id": "obj-w15",
     "maxclass": "newobj",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      860,
      810,
      90,
      22
     ],
     "text": "prepend set"
    }
   },
   {
    "box": {
     "id": "obj-w16",
     "maxclass": "newobj",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      1140,
      660,
      130,
      22
     ],
     "text": "print corpus-within"
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-3",
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
      "obj-4",
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
      "obj-5",
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
      "obj-8",
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
      "obj-10",
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
      "obj-11",
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
      "obj-15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-15",
      1
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
      "obj-17",
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
      "obj-19",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-19",
      1
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
      "obj-19",
      2
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
      "obj-19",
      3
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
      "obj-22",
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
      "obj-22",
      1
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
      "obj-22",
      0
     ],
     "destination": [
      "obj-23",
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
      "obj-30",
      4
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
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-25",
      0
     ],
     "destination": [
      "obj-30",
      6
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
      "obj-27",
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
      3
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
      "obj-30",
      1
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
      "obj-26",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-26",
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
      "obj-30",
      2
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
      "obj-31",
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
      "obj-32",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-11",
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
      1
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
      "obj-35",
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
      "obj-37",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-37",
      0
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
      "obj-8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-10",
      2
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
      "obj-10",
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
      "obj-40",
      0
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
      "obj-41",
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
      "obj-10",
      3
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
      0
     ],
     "destination": [
      "obj-49",
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
      4
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
      "obj-48",
      0
     ],
     "destination": [
      "obj-49",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-49",
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
      "obj-49",
      0
     ],
     "destination": [
      "obj-50",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-10",
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
      "obj-10",
      4
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
      "obj-10",
      5
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
      "obj-156",
      0
     ],
     "destination": [
      "obj-157",
      0
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
      "obj-8",
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
      "obj-w7",
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
      "obj-w7",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w2",
      0
     ],
     "destination": [
      "obj-w7",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w2",
      0
     ],
     "destination": [
      "obj-w8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w8",
      0
     ],
     "destination": [
      "obj-w9",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w7",
      0
     ],
     "destination": [
      "obj-w9",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w9",
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
      "obj-8",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-10",
      6
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
      "obj-w12",
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
      "obj-w16",
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
      "obj-w13",
      0
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
      "obj-w14",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w14",
      1
     ],
     "destination": [
      "obj-w13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w14",
      0
     ],
     "destination": [
      "obj-w4",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w13",
      0
     ],
     "destination": [
      "obj-w15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-w15",
      0
     ],
     "destination": [
      "obj-w6",
      0
     ]
    }
   }
  ]
 }
}
