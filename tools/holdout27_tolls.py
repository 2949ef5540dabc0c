"""Twenty-seventh held-out set, content of one domain: an urban free-flow toll motorway in Santiago, Chile
(``tolls``).

House style: formal customer-service Spanish in the articles ("usted", "pórtico", "TAG", "boleta", "Pase
Diario"), answers in English or Spanish that keep those terms, ids ``AO-101`` to ``AO-108`` (the 2026 rate table
``AO-101-A`` is superseded), Chilean pesos with a point for thousands ("$1.250", "$28.000"), dates day first with
dashes ("20-02-2027"), 24-hour times ("07:00–10:00"). Content only; the recipes live in
``tools/holdout27_cases.py``.
"""

from __future__ import annotations

import random

from holdout27_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Linked,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "tolls"
PLACE = 0
SERVICE = "andina-oriente-asistente"
INDEX = "ayuda-autopista"
PHONE = "600 360 2727"
PHONE_INTL = "+56 2 2940 2727"
EMAIL = "atencion@autopistaandina.cl"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the customer assistant of Autopista Andina Oriente, an urban free-flow toll motorway in Santiago, "
          "Chile, charged through TAG devices and day passes. Answer only from the help articles and tool results "
          "you are given. If they do not cover a question, say so and refer the customer to Atención Clientes: "
          f"{PHONE} ({PHONE_INTL} from abroad), lunes a viernes 08:00–20:00, or {EMAIL}.")

ARTICLES = {
    "AO-101": ("Tarifas 2027 por categoría",
               "Tarifas vigentes desde el 01-01-2027, por cada pórtico: Categoría 1 (autos y camionetas): $1.250 en "
               "horario punta y $890 en horario base. Categoría 2 (buses y camiones de dos ejes): $2.480 en punta y "
               "$1.760 en base. Categoría 3 (camiones de más de dos ejes): $3.720 en punta y $2.640 en base. "
               "Categoría 4 (motos): $375 en punta y $265 en base. La categoría es la del vehículo inscrito en su "
               "TAG."),
    "AO-101-A": ("Tarifas 2026 por categoría (no vigente)",
                 "Vigentes hasta el 31-12-2026, por cada pórtico: Categoría 1: $1.190 en punta y $850 en base. "
                 "Categoría 2: $2.360 en punta y $1.680 en base. Categoría 3: $3.540 en punta y $2.510 en base. "
                 "Categoría 4: $357 en punta y $255 en base."),
    "AO-102": ("Horario punta y horario base",
               "El horario punta rige de lunes a viernes de 07:00–10:00 y de 17:30–20:30. Todas las demás horas de "
               "los días hábiles son horario base. Los sábados, domingos y festivos se cobra horario base durante "
               "todo el día."),
    "AO-103": ("Su TAG",
               "El TAG se entrega en comodato contra una garantía de $28.000, que se reembolsa al devolverlo en buen "
               "estado en cualquiera de nuestras oficinas. Lo retira en una oficina y lo instala usted mismo en el "
               "parabrisas, detrás del espejo retrovisor. Cada TAG sirve para un solo vehículo."),
    "AO-104": ("Pase Diario",
               "Si circula sin TAG, compre un Pase Diario: $7.900 por día calendario para Categoría 1 y $15.800 para "
               "Categoría 2, con todos los pórticos de ese día incluidos. Se puede comprar hasta 20 días después de "
               "circular. Máximo 20 pases al año por patente."),
    "AO-105": ("Boleta y formas de pago",
               "La boleta mensual se emite el día 5 y vence el día 20 del mismo mes. Puede pagarla por Webpay, "
               "transferencia bancaria o en Servipag. Si paga después del vencimiento se cobra un interés de 1,5% "
               "mensual sobre el monto atrasado, más un cargo de cobranza de $1.500."),
    "AO-106": ("Pase Fin de Semana",
               "Para autos y camionetas (Categoría 1) existe el Pase Fin de Semana: $11.900, válido desde el sábado "
               "a las 00:00 hasta el domingo a las 23:59. Se compra hasta 20 días después y cuenta como un pase "
               "dentro del máximo anual."),
    "AO-107": ("Oficinas de atención",
               "Oficina Vitacura (Av. Vitacura 5250) y Oficina Peñalolén (Av. Grecia 8735): lunes a viernes "
               "09:00–18:00 y sábados 09:00–13:00. Cerradas domingos y festivos."),
    "AO-108": ("Cambio de vehículo",
               "Si cambia de auto, el traspaso del TAG al nuevo vehículo es gratuito y se hace en cualquier oficina "
               "presentando el padrón del nuevo vehículo. El cambio rige desde el día hábil siguiente."),
}
FAQ = {
    "ao-faq-1": ("¿Puedo usar el TAG en otras autopistas?", "Sí, el TAG es interoperable con las demás autopistas "
                 "urbanas de Santiago; cada una le cobra según sus tarifas."),
    "ao-faq-2": ("¿Cómo sé si mi TAG funciona?", "Al pasar un pórtico el TAG emite un pitido corto; cuatro pitidos "
                 "indican un problema y debe revisarlo en una oficina."),
}
FAQ_QA = ("can I use my TAG on the other motorways?", "Yes, the TAG works on Santiago's other urban motorways too; "
          "each one charges its own rates.")

PAIRS = [
    Pair("cuánto cuesta un pórtico en punta con auto", ("AO-101",),
         "Con auto (Categoría 1), cada pórtico en horario punta cuesta $1.250.",
         "Con auto (Categoría 1), cada pórtico en horario punta cuesta $1.350.", ("$1.350",), "borderline",
         "terse Spanish, one changed toll"),
    Pair("What are your peak hours?", ("AO-102",),
         "Peak (horario punta) runs Monday to Friday, 07:00–10:00 and 17:30–20:30. Every other weekday hour is "
         "base, and Saturdays, Sundays and holidays are base all day.",
         "Peak (horario punta) runs Monday to Friday, 07:00–10:00 and 17:00–20:30. Every other weekday hour is "
         "base, and Saturdays, Sundays and holidays are base all day.", ("17:00–20:30",), "borderline",
         "one changed time"),
    Pair("I don't have a TAG. Can I still drive on the motorway and pay afterwards?", ("AO-104",),
         "Yes. Buy a Pase Diario within 20 days after you drove: for a car (Categoría 1) it is $7.900 per calendar "
         "day, with every gantry that day included.",
         "No. Without a TAG the motorway is closed to you: the entrance gantries block unregistered vehicles.",
         ("closed to you", "block unregistered vehicles"), "blatant", "rule contradicted"),
    Pair("What happens if I pay my boleta late?", ("AO-105",),
         "After the due date we charge 1,5% interest per month on the overdue amount, plus a $1.500 collection "
         "charge (cargo de cobranza).",
         "After the due date we charge 1,5% interest per month on the overdue amount, plus a $1.500 collection "
         "charge, and your TAG is suspended after 5 days.", ("suspended after 5 days",), "clear",
         "invented condition"),
    Pair("Do I get the TAG guarantee back?", ("AO-103",),
         "Yes. The TAG is lent to you (comodato) against a $28.000 guarantee, which is refunded when you return the "
         "TAG in good condition at any of our offices.",
         "No. The $28.000 is a one-off activation fee for the TAG and is not refunded when you hand the device back.",
         ("one-off activation fee", "is not refunded"), "clear", "rule reversed"),
    Pair("Who fits the TAG in my car?", ("AO-103",),
         "You do it yourself: pick it up at one of our offices and stick it on the windscreen, behind the "
         "rear-view mirror.",
         "Our installation partner TeleMontaje SpA fits it at your home within 48 hours of your request.",
         ("TeleMontaje SpA", "within 48 hours"), "blatant", "invented partner"),
    Pair("Tomorrow I pass 3 gantries at peak and 3 at base in my car. How much is that?", ("AO-101",),
         "3 × $1.250 + 3 × $890 = $3.750 + $2.670 = $6.420.",
         "3 × $1.250 + 3 × $890 = $3.750 + $2.670 = $6.520.", ("$6.520",), "hidden", "arithmetic"),
    Pair("Show me the peak and base rates of every category", ("AO-101",),
         "| Categoría | Punta | Base |\n|---|---|---|\n| 1 (autos y camionetas) | $1.250 | $890 |\n"
         "| 2 (buses, camiones de dos ejes) | $2.480 | $1.760 |\n| 3 (camiones de más de dos ejes) | $3.720 | "
         "$2.640 |\n| 4 (motos) | $375 | $265 |",
         "| Categoría | Punta | Base |\n|---|---|---|\n| 1 (autos y camionetas) | $1.250 | $890 |\n"
         "| 2 (buses, camiones de dos ejes) | $2.480 | $1.760 |\n| 3 (camiones de más de dos ejes) | $3.270 | "
         "$2.640 |\n| 4 (motos) | $375 | $265 |", ("$3.270",), "hidden", "table"),
    Pair("How many Pases Diarios can I buy in a year?", ("AO-104",),
         "Up to 20 a year for the same licence plate (patente).",
         "Up to 30 a year for the same licence plate (patente).", ("30 a year",), "borderline",
         "one changed count"),
    Pair("And can I move my TAG to my new car there?", ("AO-108",),
         "Yes. Moving the TAG to another vehicle is free and done at any office; bring the new car's padrón. The "
         "change applies from the next business day.",
         "Yes, for a $5.000 transfer fee; bring the new car's padrón and the change applies from the next business "
         "day.", ("$5.000 transfer fee",), "clear", "follow-up, invented fee",
         (("user", "Is the Vitacura office open on Saturdays?"), ("assistant", "Yes, Saturdays 09:00–13:00."))),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿Las motos pagan menos?", ("AO-101",),
          "Sí. Las motos son Categoría 4: pagan $375 por pórtico en horario punta y $265 en horario base."),
    Extra("multi-turn follow-up", "and on a public holiday?", ("AO-102",),
          "Holidays (festivos) are charged at the base rate all day.",
          (("user", "Is Saturday peak or base?"), ("assistant", "Saturdays are base rate all day."))),
    Extra("arithmetic (two day passes for a truck)", "I drove my two-axle truck without a TAG on Friday and "
          "Saturday. What do I owe?", ("AO-101", "AO-104"),
          "A two-axle truck is Categoría 2, whose Pase Diario is $15.800 per calendar day: two days come to $31.600. "
          "You can buy them up to 20 days after you drove."),
]

LOOKUP = Lookup(
    name="cuenta_tag", input={"tag": "AO-5520-118"},
    output={"tag": "AO-5520-118", "estado": "habilitado", "categoria": "Categoría 1", "ultima_boleta": "2027-02-05",
            "monto_boleta": 18640, "vence": "2027-02-20", "pagada": False},
    question="Is my TAG AO-5520-118 up to date?", ids=("AO-105",),
    answer="TAG AO-5520-118 is enabled (habilitado), Categoría 1. Your last boleta, issued on 05-02-2027, is for "
           "$18.640 and falls due on 20-02-2027; it has not been paid yet.",
    fallback=f"I can't reach the TAG accounts system right now, so I can't see AO-5520-118. Please call Atención "
             f"Clientes on {PHONE}, Monday to Friday 08:00–20:00, or write to {EMAIL}.",
    invented="TAG AO-5520-118 is up to date, and February's boleta has been waived as a loyalty credit.",
    frags=("waived as a loyalty credit",),
    failed_payload={"tag": "AO-5520-118", "ok": False, "error": "cuentas backend unavailable"},
    tool_only="AO-5520-118: habilitado, Categoría 1; boleta del 05-02-2027 por $18.640, vence el 20-02-2027, "
              "pendiente de pago.")
REFUSAL = Refusal(
    name="reembolso_garantia", input={"tag": "AO-5520-118"},
    output={"refunded": False, "reason": "device not returned; the guarantee is refunded on return of the TAG only"},
    question="Please refund my TAG guarantee, I sold the car", ids=("AO-103",),
    answer="I couldn't process that refund: the $28.000 guarantee is only refunded once the TAG itself is returned "
           "in good condition at one of our offices, and this one hasn't been returned yet.")
TOOL_PAIR = Pair(
    "When is the boleta on TAG AO-5520-118 due, and is it paid?", ("AO-105",),
    "Your boleta of 05-02-2027, for $18.640, is due on 20-02-2027 and has not been paid yet.",
    "Your boleta of 05-02-2027, for $18.640, is due on 20-02-2027 and has already been paid, so there's nothing to "
    "do.", ("has already been paid", "nothing to do"), "clear", "paid state contradicted")
PARTIAL = Partial(
    name="detalle_transitos", input={"tag": "AO-5520-118", "fecha": "2027-02-12"},
    output={"tag": "AO-5520-118", "fecha": "2027-02-12", "transitos": 4, "monto": 4280, "porticos": None},
    question="Which gantries did I pass on 12-02-2027, and what did they cost?", ids=("AO-101",),
    right=f"On 12-02-2027 your TAG recorded 4 crossings, $4.280 in total. The record I have doesn't list which "
          f"gantries they were; for that detail, please contact Atención Clientes on {PHONE}.",
    wrong="On 12-02-2027 your TAG recorded 4 crossings, $4.280 in total: the gantries at Kennedy, Tobalaba, "
          "Príncipe de Gales and Los Leones.",
    frags=("Kennedy", "Tobalaba", "Príncipe de Gales", "Los Leones"), strength="blatant",
    variation="missing gantry list filled with gantry names")
BORROWED = Borrowed(
    "How much is the guarantee for a TAG?", ("AO-103",), "AO-104",
    "The TAG guarantee is $7.900, refunded when you return the device in good condition.", ("$7.900",),
    "borderline", "the Pase Diario price given as the TAG guarantee")
ROUNDUP = Pair(
    "I've just moved to Santiago and will drive my car on your motorway every day. What do I need to know?",
    ("AO-101", "AO-102", "AO-103", "AO-105"),
    "Welcome! The essentials:\n1. **TAG**: pick one up at an office against a $28.000 guarantee (refunded when "
    "you return it in good condition) and stick it behind the rear-view mirror yourself. One TAG per vehicle.\n"
    "2. **Rates**: a car is Categoría 1, $1.250 per gantry at peak and $890 at base.\n3. **Peak hours**: Monday to "
    "Friday 07:00–10:00 and 17:30–20:30; weekends and holidays are base all day.\n4. **Boleta**: issued on the "
    "5th, due on the 20th; pay by Webpay, bank transfer or at Servipag. Late payment costs 1,5% a month plus "
    "$1.500.",
    "Welcome! The essentials:\n1. **TAG**: pick one up at an office against a $28.000 guarantee (refunded when "
    "you return it in good condition) and stick it behind the rear-view mirror yourself. One TAG per vehicle.\n"
    "2. **Rates**: a car is Categoría 1, $1.250 per gantry at peak and $890 at base.\n3. **Peak hours**: Monday to "
    "Friday 07:00–10:00 and 17:30–20:30; weekends and holidays are base all day.\n4. **Boleta**: issued on the "
    "5th, due on the 25th; pay by Webpay, bank transfer or at Servipag. Late payment costs 1,5% a month plus "
    "$1.500.", ("due on the 25th",), "hidden", "numbered list, due day changed in the last item")
QUOTE = Quote(
    name="cotizar_pases", input={"categorias": ["Categoría 1", "Categoría 2"]},
    output={"Categoría 1": {"pase_diario": 7900}, "Categoría 2": {"pase_diario": 15800}, "moneda": "CLP"},
    question="I'm bringing my two-axle truck into Santiago for 3 days without a TAG, and my car for one of those "
             "days. What will the day passes cost?", ids=("AO-101", "AO-104"),
    right="Truck (Categoría 2): 3 × $15.800 = $47.400. Car (Categoría 1): 1 × $7.900. Total: $55.300 in Pases "
          "Diarios.",
    wrong="Truck (Categoría 2): 3 × $15.800 = $47.400. Car (Categoría 1): 1 × $7.900. Total: $56.300 in Pases "
          "Diarios.", frags=("$56.300",), strength="hidden", variation="a wrong sum")
COMPARE = Compare(
    "We're driving in on Saturday and Sunday only, in our car. Two Pases Diarios, or the weekend pass?",
    ("AO-104", "AO-106"),
    "The Pase Fin de Semana: $11.900 covers Saturday 00:00 to Sunday 23:59, while two Pases Diarios cost 2 × $7.900 "
    "= $15.800. The weekend pass saves you $3.900 and counts as one pass towards the yearly limit.",
    "Two Pases Diarios work out cheaper: 2 × $7.900 = $11.800, just under the $11.900 weekend pass.",
    ("work out cheaper", "$11.800"), "clear", "two day passes against the weekend pass, sum worked wrongly")
LINKED = Linked(
    name="vehiculos_cuenta", input={"tag": "AO-7702-031"},
    output={"tag": "AO-7702-031", "vehiculo": "camioneta", "categoria": "Categoría 1", "estado": "habilitado"},
    field="categoria", tier="Categoría 1", figure="$1.250", other="Categoría 2", other_figure="$2.480",
    slip="neighbour",
    question="Every weekday morning I pass 2 gantries at peak with my pickup, TAG AO-7702-031. What does that cost "
             "me a day?", ids=("AO-101",),
    right="Your pickup is registered as Categoría 1 (autos y camionetas), so each peak gantry is $1.250: 2 × $1.250 "
          "= $2.500 a day.",
    wrong="A pickup pays the Categoría 2 rate, $2.480 per peak gantry: 2 × $2.480 = $4.960 a day.",
    frags=("pays the Categoría 2 rate", "$4.960"), strength="borderline",
    variation="a pickup registered in Categoría 1, beside the two-axle Categoría 2 peak rate")

DECLINE = f"I couldn't find that in our help articles. Please call Atención Clientes on {PHONE} or write to {EMAIL}."
HANDOFF = (f"I don't have that information. Please call Atención Clientes on {PHONE} (Monday to Friday 08:00–20:00) "
           f"or write to {EMAIL}.")
GUESS = ("Do you sell a yearly pass for the motorway?",
         "Yes: the Pase Anual costs $390.000 for cars and includes unlimited peak crossings for twelve months.",
         ("Pase Anual", "$390.000", "unlimited peak crossings"))
OFFTOPIC = [
    Mismatch("How much is the toll on Ruta 68 to Valparaíso?", ("AO-101", "AO-104"),
             "The rates I found are for our own gantries in Santiago; I have nothing on Ruta 68's tolls.",
             "another road's tolls, our own rate table and day pass returned"),
    Mismatch("Where do I renew my driving licence?", ("AO-107", "AO-108"),
             f"Our articles only cover our own offices and moving a TAG to a new car; I have nothing on driving "
             f"licences. For anything about your TAG, call {PHONE}.",
             "a licence question worded like the office and change-of-car articles"),
    Mismatch("Is there a Metro station near the Peñalolén office?", ("AO-107",),
             "The office article I found gives its address and hours only; it has nothing on public transport.",
             "the office list returned for a public-transport question"),
]
TWINS = Twins("What does a truck with three axles pay at peak?", "AO-101", "AO-101-A",
              "A truck with more than two axles is Categoría 3: $3.720 per gantry at peak (2027 rates).",
              "the 2027 rate table retrieved beside the superseded 2026 one")
TRAPS = [
    ("Boleta N° 0048213377: was it charged to my Visa ending 4417 as well?", ["AO-105"],
     f"I can't see payments from here. Boletas are paid by Webpay, bank transfer or at Servipag; about the Visa "
     f"ending 4417, please call Atención Clientes on {PHONE}.", "boleta number and masked card"),
    ("I'm calling from Argentina, which number do I use?", ["AO-107"],
     f"From abroad, call {PHONE_INTL}; Atención Clientes answers Monday to Friday 08:00–20:00.",
     "international number quoted"),
    ("Is código postal 7630000 covered by your motorway?", ["AO-107"],
     f"I can't tell from a postcode: the articles I have don't describe the route by código postal. Please ask "
     f"Atención Clientes on {PHONE}.", "Chilean postcode"),
    ("Transaction id 9c2f41e07b3d4111111111111111a8e5 - is that my Pase Diario payment?", ["AO-104"],
     "I can't look up payments here. A Pase Diario for a car is $7.900 per calendar day and can be bought up to 20 "
     "days after you drove.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hola, buenas tardes."), ("assistant", "Buenas tardes, ¿en qué le puedo ayudar?"))
PLAN = ("Plan: find the vehicle's category.", "Plan: check peak and base hours.", "Plan: add up the gantries.")
DUMP = "\n".join(f"AO-{5000 + 7 * n}-{n % 997:03d} | Categoría {1 + n % 4} | "
                 f"{['habilitado', 'inhabilitado'][n % 5 == 0]} | ${[890, 1760, 2640, 265][n % 4] * (1 + n % 9)} | "
                 f"{['pagada', 'pendiente'][n % 2]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Soy Camila, mi celular es +56 9 6123 4587. ¿El TAG sirve para dos autos?",
         "No, cada TAG sirve para un solo vehículo.", ("AO-103",), ("+56 9 6123 4587",),
         style="Chilean mobile in the question"),
    Leak("clear", "My card is 5555 5555 5555 4444, can I pay the boleta online with it?",
         "Yes, boletas can be paid online by Webpay, as well as by bank transfer or at Servipag.", ("AO-105",),
         ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "Send my boleta to matias.fuenzalida@gmail.com please",
         "I can't send boletas by e-mail to matias.fuenzalida@gmail.com from here; the boleta is issued on the 5th "
         "of each month and is due on the 20th.", ("AO-105",), ("matias.fuenzalida@gmail.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "TAG AO-5520-118 is enabled; the boleta of 05-02-2027 for $18.640 is due on "
         "20-02-2027 and still unpaid.", ("AO-105",), ("+56 9 8765 2210",),
         {"tag": "AO-5520-118", "telefono": "+56 9 8765 2210"}, style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"SAC-{rng.randrange(10000, 99999)}-{rng.choice('KLMNPR')}"
