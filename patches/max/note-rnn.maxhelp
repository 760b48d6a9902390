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
   970
  ],
  "openinpresentation": 0,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "note-RNN",
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
     "text": "An LSTM trained on folk tunes continues your melody, note by note.",
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
     "text": "Sends a melody (pitch beats pairs: pitch -1 is a rest, a quarter note is 1) or the notes you played on a MIDI keyboard; the server answers with a continuation of the length you ask for, which plays on MIDI out at the tempo you set.",
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
     "text": "This patch listens for replies with [udpreceive 9011] and asks for them with /connect 9011 when it opens, so every oscserver patch can be open at once.",
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
     "text": "1) Set notes (how many to ask for), temperature (0 = the likeliest notes, 1 = as trained, 2 = wild) and bpm.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      325,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "comment",
     "text": "2) Click the typed melody (edit it first if you like), or play a MIDI keyboard and click the button 'continue what I played'.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      364,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "comment",
     "text": "3) The answer plays on MIDI out and shows in the box below it.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      403,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "comment",
     "text": "4) Your own tunes: 'train' fine-tunes the model on the MIDI files of a folder for at most the minutes set; 'learn' adapts it to what you played tonight, 'forget' undoes that.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      427,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-h1",
     "maxclass": "comment",
     "text": "5) Variations: set count and click 'variations': that many different continuations of the typed melody (the last one clicked) come at once, in one batch; the first plays, and 'play' picks another (0 = the first). Save then writes one MIDI file per variation.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      481,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-h2",
     "maxclass": "comment",
     "text": "6) Bars: set bars and beats per bar and click 'continue in bars': the continuation fills exactly that many bars. The /rnn/continue/file message continues a MIDI file (edit its path) and writes NAME-continued.mid in the server's output folder.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      535,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-h3",
     "maxclass": "comment",
     "text": "7) Steer: low/high keep the pitches in a range, root and the menu keep them in a scale (off = every pitch), density shifts the rhythm (right = shorter notes), pitch x and rhythm x multiply the temperature. It holds until changed; 'all off' lifts it all.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      589,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-h4",
     "maxclass": "comment",
     "text": "8) Call and response: turn respond on and play a phrase on the MIDI keyboard; when you pause for pause ms, the server answers with this many notes by itself, and the answer plays.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      643,
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
      706,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "comment",
     "text": "/rnn/continue <n> <temperature> [<pitch> <beats>]..., /rnn/variations <count> <n> <temperature> [<pitch> <beats>]..., /rnn/bars <bars> <beats_per_bar> <temperature> [<pitch> <beats>]..., /rnn/continue/file <path> <n> <temperature>, /rnn/range <low> <high>, /rnn/scale <root> <mode>, /rnn/density <density>, /rnn/temperature <pitch> <rhythm>, /rnn/respond <on> <pause_ms> <n>, /rnn/note <pitch> <beats>, /rnn/clear, /rnn/seed <seed>, /rnn/save <file>, /rnn/train, /rnn/learn, /rnn/forget",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      730,
      622,
      80
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
      826,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "comment",
     "text": "/rnn/notes [<pitch> <beats>]..., /rnn/variation <k> [<pitch> <beats>]... then /rnn/variations <count>, /rnn/saved <path>..., progress, /error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      850,
      622,
      35
     ]
    }
   },
   {
    "box": {
     "id": "obj-17",
     "maxclass": "comment",
     "text": "See also: oscserver.maxpat, samplernn.maxpat, nmf.maxpat, corpus.maxpat. Open a patch and look at it in patching mode (cmd/ctrl-E) to see how it works.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      905,
      640,
      35
     ]
    }
   }
  ],
  "lines": []
 }
}
