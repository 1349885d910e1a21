"""The app factory: ``create_app(db_url, settings)`` → a FastAPI app over one archive database.

Middleware, outermost first: a request-body limit (uploads: the configured size; other posts: 1 MB),
then the session (a signed cookie; see ``auth``), the public-read check and security headers. Routes
are in ``routes/``: each HTML page and its JSON twin call the same function of ``service``.
"""
from __future__ import annotations

import datetime as dt
import json
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from protokoll import archive
from protokoll.archive import AddressError, BadPage, CorrectionError, Database, DraftConflict, DraftError
from protokoll.cycle.editing import FormError
from protokoll.errors import ArchiveUnavailable, NotInArchive
from protokoll.web import auth
from protokoll.web.settings import Settings
from protokoll.web.uploads import Jobs, UploadError

HERE = Path(__file__).resolve().parent
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
OPEN_PATHS = ("/login", "/static/", "/api/session", "/api/login", "/favicon.ico",
              "/prenumeration/")  # personal subscription addresses: the token in the address is the key
UPLOAD_PATHS = ("/upload", "/api/upload")
OTHER_POST_LIMIT = 1024 * 1024
# The request's parameters as a page names them when one is invalid ("kontrollera mötets nummer i adressen").
PARAMS_SV = {"meeting_id": "mötets nummer i adressen", "person_id": "personens nummer i adressen",
             "action_id": "åtgärdens id", "correction_id": "rättelsens nummer", "sha256": "källfilens kontrollsumma",
             "job_id": "uppladdningens id", "name": "namnet", "path": "värdets sökväg", "value": "värdet",
             "note": "kommentaren", "status": "status", "file": "filen", "q": "sökorden", "year": "året",
             "password": "lösenordet", "wait": "väntetiden", "next": "sidan att gå till",
             "feed": "flödets namn i adressen", "only": "vad kalendern ska visa (meetings eller actions)",
             "key": "nyckeln i adressen", "page": "sidnumret", "limit": "antalet per sida",
             "cursor": "fortsättningen (cursor)", "sort": "sorteringen", "body": "organet",
             "draft_id": "utkastets nummer i adressen", "version": "versionen", "emails": "e-postadresserna",
             "date": "datumet", "fmt": "filformatet (pdf eller docx)"}
# How a source's pages were read (``read.Page.method``), in words.
METHODS_SV = {"text": "textfil", "text-layer": "PDF med textlager", "ocr": "OCR", "docx": "Word (DOCX)"}
HSTS_SECONDS = 31_536_000  # a year, as HSTS preload lists ask
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# On every answer, the 413 of the body limit (which answers before the app) included.
SECURITY_HEADERS = ((b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"DENY"))


def _with_query(request: Request) -> str:
    """The path asked for with its query string, to come back to after logging in."""
    query = request.url.query
    return f"{request.url.path}?{query}" if query else request.url.path


class NeedLogin(Exception):
    pass


class CsrfFailed(Exception):
    pass


def date_sv(value) -> str:
    if not value:
        return "utan datum"
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def count_sv(n: int, over: bool = False) -> str:
    """A count as a page shows it: "1 000" with a space between thousands; "över 1 000" for a count the
    archive stopped at (``archive.counting``)."""
    shown = f"{n:,}".replace(",", "\u00a0")
    return f"över {shown}" if over else shown


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    from protokoll.web import service

    env.filters["date_sv"] = date_sv
    env.filters["count_sv"] = count_sv
    env.filters["kind_sv"] = lambda k: service.KIND_SV.get(k, k)
    env.filters["status_sv"] = lambda s: service.STATUS_SV.get(s, s)
    env.filters["ballot_sv"] = lambda v: service.BALLOT_SV.get(v, v)
    env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=2)
    env.filters["urlq"] = lambda v: quote(str(v), safe="")
    env.filters["path_sv"] = path_sv
    env.filters["methods_sv"] = lambda methods: ", ".join(dict.fromkeys(METHODS_SV.get(m, m) for m in methods)) or "textfil"
    return env


def path_sv(path: str) -> str:
    """A value path in words (``trace.path_in_words``); a path it cannot read is shown as it is."""
    from protokoll.trace import path_in_words

    try:
        return path_in_words(path)
    except ValueError:
        return path


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


class BodyLimit:
    """413 for request bodies over the limit, whether or not they announce their length."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    def limit_for(self, path: str) -> int:
        if path in UPLOAD_PATHS:
            return self.settings.max_upload_bytes + 64 * 1024
        return OTHER_POST_LIMIT

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        limit = self.limit_for(scope["path"])
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        state = {"received": 0, "over": False, "started": False}

        async def refuse():
            mb = self.settings.max_upload_bytes // (1024 * 1024)
            body = json.dumps({"detail": f"Filen är större än gränsen på {mb} MB."}, ensure_ascii=False).encode()
            await send({"type": "http.response.start", "status": 413,
                        "headers": [(b"content-type", b"application/json; charset=utf-8"),
                                    (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
            await send({"type": "http.response.body", "body": body})

        if length is not None and length.isdigit() and int(length) > limit:
            return await refuse()

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    state["over"] = True
                    raise _TooLarge()
            return message

        async def guarded_send(message):
            if state["over"]:
                if message["type"] == "http.response.start" and not state["started"]:
                    state["started"] = True
                    await refuse()
                return
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            if not state["started"]:
                state["started"] = True
                await refuse()


class _TooLarge(Exception):
    pass


def create_app(db_url: str | None = None, settings: Settings | None = None,
               database: Database | None = None) -> FastAPI:
    """A FastAPI app over the archive at ``db_url`` (see ``protokoll.archive.open_database``)."""
    settings = settings or Settings.from_env()
    db = database or archive.open_database(db_url)
    owns_db = database is None

    @asynccontextmanager
    async def lifespan(_app):
        app.state.jobs.resume()  # uploads a previous run left queued or half-read
        try:
            yield
        finally:
            app.state.jobs.close()
            if owns_db:
                db.close()

    app = FastAPI(title="Protokoll", version="1",
                  description="Mötesprotokoll som data: varje sida i webbappen har en JSON-tvilling under /api.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", lifespan=lifespan)
    app.state.db = db
    app.state.settings = settings
    app.state.sessions = auth.Sessions(settings.secret_key, settings.session_days)
    app.state.login_limiter = auth.LoginLimiter()
    app.state.jobs = Jobs(db, settings)
    app.state.templates = Jinja2Templates(env=_environment())

    @app.middleware("http")
    async def session_middleware(request: Request, call_next):
        sessions: auth.Sessions = app.state.sessions
        data = sessions.load(request.cookies.get(auth.COOKIE))
        dirty = data is None
        if data is None:
            data = sessions.new()
        request.state.session = data
        request.state.session_dirty = dirty
        user = None
        if data.get("uid") is not None:
            user = archive.user(data["uid"], db)
            if user is not None and data.get("gen") != user.pop("generation"):
                user = None  # a session of an earlier generation: logged out or revoked since
            if user is None:
                data["uid"] = None
                request.state.session_dirty = True
        request.state.user = user
        path = request.url.path
        if (not settings.public_read and user is None and request.method in ("GET", "HEAD")
                and not any(path == p or (p.endswith("/") and path.startswith(p)) for p in OPEN_PATHS)):
            response = (JSONResponse({"detail": "Inloggning krävs."}, status_code=401) if is_api(request)
                        else RedirectResponse(f"/login?next={quote(_with_query(request))}", status_code=303))
        else:
            response = await call_next(request)
        if request.state.session_dirty:
            response.set_cookie(auth.COOKIE, sessions.dump(request.state.session), httponly=True, samesite="lax",
                                secure=settings.secure_cookies, max_age=settings.session_days * 86400, path="/")
        for name, value in SECURITY_HEADERS:
            response.headers.setdefault(name.decode(), value.decode())
        if settings.secure_cookies:  # served over HTTPS: browsers are to keep to it
            response.headers.setdefault("Strict-Transport-Security", f"max-age={HSTS_SECONDS}; includeSubDomains")
        return response

    app.add_middleware(BodyLimit, settings=settings)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    try:
        from swagger_ui_bundle import swagger_ui_path
        app.mount("/api/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")
    except ImportError:  # pragma: no cover - the docs page says so
        pass

    _errors(app)
    from protokoll.web.routes import account, admin, browse, cycle, edit, feeds

    for module in (account, admin, browse, edit, feeds, cycle):
        app.include_router(module.pages)
        app.include_router(module.api)
    return app


def flash(request: Request, text: str, undo: dict | None = None) -> None:
    """A confirmation for the next page shown (after the redirect of a form), kept in the session:
    ``undo`` is a form that takes the step back ({"action": URL, "fields": {...}, "label": ...})."""
    request.state.session["flash"] = {"text": text, "undo": undo}
    request.state.session_dirty = True


def render(request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    shown = request.state.session.pop("flash", None)
    if shown is not None:
        request.state.session_dirty = True
    base = {"user": request.state.user, "csrf_token": request.state.session["csrf"],
            "settings": request.app.state.settings, "path": request.url.path, "flash": shown}
    return templates.TemplateResponse(request, template, {**base, **context}, status_code=status_code)


def _error(request: Request, status: int, message: str, detail: str | None = None):
    if is_api(request):
        return JSONResponse({"detail": message if detail is None else f"{message}: {detail}"}, status_code=status)
    return render(request, "error.html", {"status": status, "message": message, "detail": detail}, status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(NotInArchive)
    async def not_found(request: Request, err: NotInArchive):
        return _error(request, 404, "Finns inte i arkivet", f"{err.path}: {err.reason}")

    @app.exception_handler(ArchiveUnavailable)
    async def unavailable(request: Request, err: ArchiveUnavailable):
        return _error(request, 503, "Arkivet kan inte nås just nu", err.reason)

    @app.exception_handler(CorrectionError)
    async def bad_correction(request: Request, err: CorrectionError):
        return _error(request, 422, "Rättelsen kunde inte sparas", str(err))

    @app.exception_handler(DraftConflict)
    async def draft_conflict(request: Request, err: DraftConflict):
        if is_api(request):
            return JSONResponse({"detail": str(err), "latest": err.latest}, status_code=409)
        return _error(request, 409, "Utkastet har ändrats av någon annan", str(err))

    @app.exception_handler(DraftError)
    async def draft_refused(request: Request, err: DraftError):
        return _error(request, 422, "Utkastet kunde inte sparas eller publiceras", str(err))

    @app.exception_handler(FormError)
    async def form_refused(request: Request, err: FormError):
        return _error(request, 422, "Utkastet kunde inte sparas eller publiceras", str(err))

    @app.exception_handler(AddressError)
    async def address_refused(request: Request, err: AddressError):
        return _error(request, 422, "Adresserna kunde inte sparas", str(err))

    @app.exception_handler(BadPage)
    async def bad_page(request: Request, err: BadPage):
        return _error(request, 422, "Ogiltig sida eller sortering", str(err))

    @app.exception_handler(UploadError)
    async def bad_upload(request: Request, err: UploadError):
        return _error(request, err.status, str(err))

    @app.exception_handler(auth.UserError)
    async def bad_user(request: Request, err: auth.UserError):
        return _error(request, 422, "Ogiltiga uppgifter", str(err))

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, _err: NeedLogin):
        if is_api(request):
            return JSONResponse({"detail": "Inloggning krävs."}, status_code=401)
        target = request.headers.get("referer") or "/"
        return RedirectResponse(f"/login?next={quote(_local(target))}", status_code=303)

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, _err: CsrfFailed):
        return _error(request, 403, "Formuläret kunde inte skickas",
                      "säkerhetstoken (CSRF) saknas eller stämmer inte; ladda om sidan och försök igen")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        if is_api(request):
            return JSONResponse({"detail": json.loads(json.dumps(err.errors(), default=str))}, status_code=422)
        fields = ", ".join(dict.fromkeys(PARAMS_SV.get(str(e["loc"][-1]), "ett av fälten") for e in err.errors()))
        return _error(request, 422, "Ogiltig förfrågan", f"kontrollera {fields}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        message = {404: "Sidan finns inte", 405: "Metoden stöds inte"}.get(err.status_code, str(err.detail))
        response = _error(request, err.status_code, message)
        if err.headers:
            response.headers.update(err.headers)
        return response

    @app.exception_handler(ValueError)
    async def value_error(request: Request, err: ValueError):
        return _error(request, 422, "Ogiltigt värde", str(err))


def _local(url: str) -> str:
    """Only same-site paths are redirect targets (no open redirects)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    path = parts.path or "/"
    if not path.startswith("/") or path.startswith("//"):
        return "/"
    return path + (f"?{parts.query}" if parts.query else "")
