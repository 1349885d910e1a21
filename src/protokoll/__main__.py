from protokoll.cli import app

app(prog_name="protokoll")
