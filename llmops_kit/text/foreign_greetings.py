"""A whole sentence that is a greeting, a thanks or a closing formula of another language: courtesy, no claim.

An answer in the customer's language, or an English answer to a customer abroad, opens or closes with the
customer's own courtesy: "Magandang araw po", "Ahlan wa sahlan", "Bore da, and croeso", "Xin chào and welcome",
"Khob khun ka", "Freundliche Grüsse". The claim reader (:mod:`llmops_kit.text.claims`) drops "Thanks" and "Hope this
helps" as conversation, and a one-word "Karibu!" or "Grüezi!" falls under its shortest claim; a formula of two or
three words did not, and its words, in no English evidence, made it an invented claim.

:func:`is_foreign_greeting` reads a sentence made only of such formulas (a closed list of greetings, welcomes,
thanks and letter closings of many languages, with their honorifics: Filipino "po", Thai "ka" / "krap", Swahili
"sana") and, between them, English courtesy ("and welcome", "welcome aboard", "thank you"). Any other word (a name,
"to", a figure) makes no match, so "Welcome to Solsikken", "Karibu Arusha, the trip leaves at 6.30 am" and "Merci
for booking the 10:00 slot" stay claims, judged as written (:data:`READ_FOREIGN_GREETINGS`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["READ_FOREIGN_GREETINGS", "is_foreign_greeting"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible: it changes which sentences
#: are claims.
READ_FOREIGN_GREETINGS = True

#: Greetings, welcomes, thanks and closings, one formula a line, written without accents (the sentence is read
#: without them too, "ß" as "ss": "Grüsse", "Grüße" and "Grusse" all meet "grusse").
_FORMULAS = """
    guten tag|guten morgen|guten abend|gruezi|gruzi|gruss gott|servus|moin|hallo|willkommen|herzlich willkommen
    freundliche grusse|freundliche gruesse|mit freundlichen grussen|freundlichen grussen
    liebe grusse|viele grusse|beste grusse|herzliche grusse
    schone grusse|danke|danke schon|vielen dank|herzlichen dank|bis bald|auf wiedersehen|tschuss
    bonjour|bonsoir|salut|bienvenue|merci|merci beaucoup|cordialement|bien cordialement|bien a vous|a bientot
    bonne journee|bonne soiree|au revoir|meilleures salutations|sinceres salutations
    hola|buenos dias|buenas tardes|buenas noches|buen dia|bienvenido|bienvenidos|bienvenida|bienvenidas|gracias
    muchas gracias|saludos|un saludo|saludos cordiales|atentamente|hasta pronto|hasta luego
    ola|bom dia|boa tarde|boa noite|bem-vindo|bem-vindos|bem-vinda|bem vindo|obrigado|obrigada|muito obrigado
    muito obrigada|abracos|atenciosamente|ate breve|ate logo
    ciao|buongiorno|buonasera|benvenuto|benvenuti|benvenuta|benvenute|grazie|grazie mille|cordiali saluti
    distinti saluti|saluti|a presto|arrivederci
    hoi|goedemorgen|goedemiddag|goedenavond|goeiedag|goeie more|welkom|dank je|dank u|dankjewel|dank je wel
    bedankt|met vriendelijke groet|met vriendelijke groeten|vriendelijke groeten|groeten|tot ziens|dankie
    baie dankie|lekker|howzit
    hej|hei|halla|god dag|goddag|tack|tack sa mycket|takk|tusen takk|tak|mange tak|valkommen|velkommen
    med vanliga halsningar|vanliga halsningar|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen
    terve|moi|kiitos|tervetuloa|ystavallisin terveisin
    dzien dobry|czesc|witamy|witaj|dziekuje|dziekujemy|pozdrawiam|pozdrawiamy|z powazaniem|do zobaczenia
    dobry den|dekuji|dekujeme|s pozdravem|na shledanou|vitejte
    jo napot|udvozoljuk|koszonom|koszonjuk|udvozlettel
    merhaba|hos geldiniz|tesekkurler|tesekkur ederiz|iyi gunler|saygilarimizla
    jambo|hujambo|habari|karibu|karibuni|asante|asante sana|kwaheri|sawubona|molo|siyabonga|enkosi
    selamat pagi|selamat siang|selamat petang|selamat malam|selamat datang|terima kasih|salam
    magandang araw|magandang umaga|magandang hapon|magandang gabi|salamat|maraming salamat|mabuhay
    sawasdee|sawadee|sawatdee|sawasdee krap|khob khun|khop khun|khob khun mak|khop khun mak
    xin chao|cam on|xin cam on
    aloha|mahalo|kia ora|haere mai|talofa|malo
    bore da|prynhawn da|noswaith dda|croeso|diolch|diolch yn fawr|shwmae
    dia duit|failte|go raibh maith agat
    ahlan|ahlan wa sahlan|marhaba|shukran|salaam|as-salaam alaykum|assalamu alaikum
    namaste|namaskar|dhanyavaad|dhanyavad|dhanyabad|sat sri akal|vanakkam
    konnichiwa|arigato|arigatou|yokoso|annyeonghaseyo|kamsahamnida|ni hao|xiexie
    privet|zdravstvuyte|spasibo|shalom|toda|yassou|kalimera|efharisto
    """
#: Honorifics and softeners that follow a formula: Filipino "po", Thai "ka" / "kha" / "krap" / "krub", Swahili
#: "sana", "rafiki", "nyote".
_HONORIFICS = "po|ka|kha|krap|khrap|krub|sana|rafiki|nyote|kayo|mak"
#: English courtesy a formula may sit beside ("Xin chào and welcome", "Lekker, welcome aboard").
_ENGLISH = ("and welcome|welcome aboard|welcome back|welcome|thank you|thanks|hello|hi|greetings|kind regards"
            "|best regards|warm regards|regards|and")

_NATIVE = (
    "नमस्ते|नमस्कार|धन्यवाद|こんにちは|ありがとうございます|ようこそ|안녕하세요|감사합니다|你好|您好|谢谢|欢迎"
    "|مرحبا|أهلا|أهلا وسهلا|شكرا|ขอบคุณ|ขอบคุณค่ะ|ขอบคุณครับ|สวัสดี|สวัสดีค่ะ|สวัสดีครับ|здравствуйте|спасибо"
    "|привет|добрый день|γεια σας|καλημέρα|ευχαριστούμε|שלום|תודה"
)


def _alternatives(text: str) -> str:
    """A regex alternation of ``|``-separated phrases, the longest first, each phrase's spaces any space."""
    phrases = {p.strip() for p in text.replace("\n", "|").split("|") if p.strip()}
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_PIECE = rf"(?:(?:{_alternatives(_FORMULAS)}|{_NATIVE})(?:\s+(?:{_HONORIFICS}))*|{_alternatives(_ENGLISH)})"
#: One or more pieces, marks between them; at least one must be a formula of another language.
_SENTENCE_RE = re.compile(rf"^{_PIECE}(?:\s*[,!.&;:\-–—]*\s*{_PIECE})*[\s,!.]*$", re.IGNORECASE)
_ENGLISH_ONLY_RE = re.compile(rf"^(?:{_alternatives(_ENGLISH)})(?:[\s,!.&]+(?:{_alternatives(_ENGLISH)}))*[\s,!.]*$",
                              re.IGNORECASE)


def _plain(text: str) -> str:
    """``text`` without accents on Latin letters and with "ß" as "ss" ("Grüße" -> "Grusse", "chào" -> "chao");
    the vowel signs of other scripts (Devanagari, Thai) are kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("ß", "ss"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not 0x300 <= ord(ch) <= 0x36F))


def is_foreign_greeting(text: str) -> bool:
    """Is ``text``, a whole sentence, only greetings, thanks or closing formulas, at least one of another language
    ("Magandang araw po", "Bore da, and croeso", "Freundliche Grüsse")? False for any other word, a figure, an
    English-only courtesy (read elsewhere) and with :data:`READ_FOREIGN_GREETINGS` off."""
    if not READ_FOREIGN_GREETINGS or len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    plain = _plain(text.strip())
    return _SENTENCE_RE.match(plain) is not None and _ENGLISH_ONLY_RE.match(plain) is None
