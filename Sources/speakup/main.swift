import CLI

await SpeakUp.runFromCommandLine()
