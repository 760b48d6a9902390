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
   751
  ],
  "openinpresentation": 0,
  "default_fontsize": 12.0,
  "boxes": [
   {
    "box": {
     "id": "obj-1",
     "maxclass": "comment",
     "text": "corpus map",
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
     "text": "Every sound of a folder becomes a point on a map: similar sounds sit together, each colour is a k-means cluster.",
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
     "text": "The server analyses each sound, lays them out in two dimensions (t-SNE, an even grid or PCA) and clusters them. Each /corpus/point is drawn on the map; moving the mouse over the map asks for the nearest sound, which plays here (sfplay~) or on the server's sound card.",
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
     "text": "This patch listens for replies with [udpreceive 9014] and asks for them with /connect 9014 when it opens, so every oscserver patch can be open at once.",
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
     "text": "1) Edit the folder in the /corpus/analyze message (a folder the server may read; the last number is the number of clusters) and click it, or click /corpus/load hydrogen-drums.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      355,
      622,
      50
     ]
    }
   },
   {
    "box": {
     "id": "obj-10",
     "maxclass": "comment",
     "text": "2) Lay the map out another way: /corpus/map tsne, grid or pca.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      409,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-11",
     "maxclass": "comment",
     "text": "3) Turn the sound on (click the speaker).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      433,
      622,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-12",
     "maxclass": "comment",
     "text": "4) Move the mouse over the map (or drag on it): the nearest sound plays.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      457,
      622,
      20
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
      532,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-14",
     "maxclass": "comment",
     "text": "/corpus/analyze <folder> [clusters], /corpus/load <name>, /corpus/map <layout>, /corpus/nearest <x> <y>, /corpus/within <x> <y> <radius> 64, /corpus/play <id>, /connect 9014.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      38,
      556,
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
      607,
      300,
      20
     ]
    }
   },
   {
    "box": {
     "id": "obj-16",
     "maxclass": "comment",
     "text": "/corpus/progress, /corpus/point <id> <x> <y> <cluster> <path>, /corpus/done, /corpus/nearest, /corpus/within <id> <x> <y> <cluster> <path> (each sound within the radius), /corpus/within/done <count>, /corpus/play, /error.",
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
     "id": "obj-17",
     "maxclass": "comment",
     "text": "See also: oscserver.maxpat, note-rnn.maxpat, samplernn.maxpat, nmf.maxpat. Open a patch and look at it in patching mode (cmd/ctrl-E) to see how it works.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      20,
      686,
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
      481,
      622,
      35
     ],
     "text": "5) Brush: set a radius above 0 and move over the map: the sounds within the radius of the mouse are listed (ids, nearest first) and counted under the steps. Radius 0 turns it off."
    }
   }
  ],
  "lines": []
 }
}
