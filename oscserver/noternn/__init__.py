"""note-RNN: an LSTM that continues melodies, note by note (issue #3).

    data.py    melodies from MIDI files and music21 corpora; the (pitch, duration) note encoding
    model.py   NoteRNNConfig, NoteRNN (torch, for training) and Stepper (fast generation, one row or a batch)
    fast.py    the Stepper's compiled loops (numba): LSTM steps, masked and biased sampling
    steer.py   Steering: pitch range, scale, density, pitch/rhythm temperatures (masks and biases)
    train.py   training loop with atomic, resumable checkpoints; bits per note
    ngram.py   the baseline: Kneser-Ney / Witten-Bell n-grams over whole notes
    cli.py     oscserver rnn-train / rnn-eval / rnn-export
    osc.py     NoteRNNInstrument: the /rnn/... addresses
"""
