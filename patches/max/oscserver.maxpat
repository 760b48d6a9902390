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
   391
  ],
  "openinpresentation": 1,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "oscserver hub for Max. Start the server first (\"make serve\" in the oscserver folder: it listens on UDP port 9000 and replies to port 9001). Click a message box; replies appear in the boxes below and in the Max console.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      50,
      820,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-2",
     "maxclass": "message",
     "text": "/ping hello 1 2.5",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      120,
      120,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      117,
      122,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-3",
     "maxclass": "message",
     "text": "/status",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      170,
      120,
      70,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      172,
      117,
      60,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-4",
     "maxclass": "message",
     "text": "/help",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      260,
      120,
      60,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      244,
      117,
      50,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-5",
     "maxclass": "message",
     "text": "/cancel",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      340,
      120,
      70,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      306,
      117,
      62,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-6",
     "maxclass": "newobj",
     "text": "udpsend 127.0.0.1 9000",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      180,
      170,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-7",
     "maxclass": "newobj",
     "text": "udpreceive 9001",
     "numinlets": 1,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      20,
      260,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-8",
     "maxclass": "newobj",
     "text": "print oscserver",
     "numinlets": 1,
     "numoutlets": 0,
     "outlettype": [],
     "patching_rect": [
      20,
      520,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-9",
     "maxclass": "newobj",
     "text": "route /pong /status /error",
     "numinlets": 2,
     "numoutlets": 4,
     "outlettype": [
      "",
      "",
      "",
      ""
     ],
     "patching_rect": [
      160,
      310,
      200,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "message",
     "text": "waiting for /pong",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160,
      460,
      160,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      160,
      220,
      540,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "message",
     "text": "no status yet",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      340,
      460,
      200,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      160,
      248,
      540,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "message",
     "text": "no errors",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      460,
      280,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      160,
      276,
      540,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-13",
     "maxclass": "newobj",
     "text": "prepend set",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160,
      410,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "newobj",
     "text": "prepend set",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      340,
      410,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-15",
     "maxclass": "newobj",
     "text": "prepend set",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      560,
      410,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "comment",
     "text": "/ping: is the server there?  /status: what is loaded and running.  /help: every address with its arguments (Max console).  /cancel: stop every running job.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      150,
      820,
      22
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      147,
      662,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "comment",
     "text": "last /pong",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      160,
      490,
      100,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      221,
      120,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-18",
     "maxclass": "comment",
     "text": "last /status line",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      340,
      490,
      150,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      249,
      120,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-19",
     "maxclass": "comment",
     "text": "last /error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      560,
      490,
      100,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      38,
      277,
      120,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-20",
     "maxclass": "comment",
     "text": "Instrument patches (note-rnn, samplernn, nmf, corpus) each have their own udpsend/udpreceive on their own reply port (they send /connect), so they work alone or next to this hub.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      560,
      820,
      40
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      336,
      680,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-oscserver-1",
     "maxclass": "comment",
     "text": "oscserver hub",
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
     "id": "obj-fp-oscserver-2",
     "maxclass": "comment",
     "text": "Talk to oscserver from Max. Start the server first: oscserver serve (UDP port 9000, replies to 9001).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      880,
      10,
      680,
      35
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      46,
      680,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-oscserver-3",
     "maxclass": "comment",
     "text": "1) Click a message to send it:",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      880,
      49,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      95,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-oscserver-4",
     "maxclass": "comment",
     "text": "2) Read the replies here; every line also prints in the Max console (Window > Max Console):",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      880,
      73,
      680,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      20,
      196,
      680,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-fp-oscserver-5",
     "maxclass": "comment",
     "text": "An /error says what was wrong and what is allowed.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      880,
      97,
      540,
      20
     ],
     "presentation": 1,
     "presentation_rect": [
      160,
      300,
      540,
      20
     ]
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-2",
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
      "obj-3",
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
      "obj-6",
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
      "obj-6",
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
      "obj-9",
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
      "obj-9",
      1
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
      "obj-9",
      2
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
      "obj-13",
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
   }
  ]
 }
}