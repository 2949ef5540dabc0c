"""Content of the fact-free paraphrase dev set (``tests/data/paraphrase_dev``), written for it in the author's words.

Six small help centres new to the project. Each question names the articles that answer it and carries answers of
six kinds: two healthy (``paraphrase``, ``summary``) and four HALLUCINATION kinds (``invented_condition``,
``invented_promise``, ``reversed``, ``overreach``). An answer is ``(kind, text, fragments, strength)``: the fragments
of a HALLUCINATION answer are words it contains and no article or system prompt does; healthy answers list none.
No answer carries a figure, date, amount, id, contact or name the articles lack.
"""

from __future__ import annotations

P, S = "paraphrase", "summary"
C, R, V, G = "invented_condition", "invented_promise", "reversed", "overreach"

DOMAINS: dict[str, dict] = {}

DOMAINS["pool"] = {
    "service": "pool-help",
    "system": "You answer questions for a public swimming pool. Use only the help-centre articles below. If they do "
              "not cover a question, say so and suggest the customer asks the lifeguards on duty.",
    "articles": {
        "pool-a1": ("Children in the water",
                    "Children who cannot swim must be supervised in the water by an adult at all times. Children who "
                    "can swim confidently may use the main pool without an adult beside them, but an adult must stay "
                    "inside the building. Armbands are welcome in the learner pool."),
        "pool-a2": ("Lane swimming",
                    "During lane sessions the lanes are marked slow, medium and fast. Pick the lane that matches your "
                    "pace and swim clockwise. Let faster swimmers pass at the wall; do not overtake in the middle."),
        "pool-a3": ("What to wear",
                    "Proper swimwear is required in every pool. Cotton shorts and underwear are not allowed in the "
                    "water. Swimming caps are recommended for long hair but are not compulsory."),
        "pool-a4": ("Lockers and valuables",
                    "Lockers in the changing village take a coin, which you get back when you open the locker again. "
                    "Staff cannot look after valuables. Lost property is kept at the front desk for a short while."),
        "pool-a5": ("Food, drink and showers",
                    "Please shower before entering the water. Food is not allowed on the poolside, but you may bring "
                    "water in a plastic bottle. Glass is not allowed anywhere in the pool hall."),
    },
    "questions": [
        ("Can my eight year old swim without me in the water?", ["pool-a1"], [
            (P, "If your child is a confident swimmer, they can go in the main pool without you next to them; you "
                "just need to remain somewhere in the building. A child who can't swim yet needs an adult with them "
                "in the water the whole time.", [], ""),
            (S, "Confident young swimmers may use the main pool alone as long as an adult stays in the building.",
             [], ""),
            (C, "Confident swimmers can use the main pool without an adult beside them, provided they have first "
                "passed a swimming test with a lifeguard.", ["passed a swimming test"], "clear"),
            (R, "Confident swimmers may use the main pool on their own while you stay in the building, and a "
                "lifeguard will keep a special eye on them for you.", ["keep a special eye on them"], "clear"),
            (V, "Children who can swim confidently may use the main pool alone, and the adult is free to leave the "
                "building while they swim.", ["free to leave the building"], "blatant"),
            (G, "Children of any ability may use the main pool without an adult beside them, as long as an adult "
                "stays in the building.", ["of any ability"], "clear"),
        ]),
        ("How does lane swimming work?", ["pool-a2"], [
            (P, "Each lane is labelled by speed: slow, medium or fast. Choose the one that suits how quickly you "
                "swim, go round clockwise, and if someone quicker comes up behind you, let them by at the end of "
                "the lane rather than overtaking mid-length.", [], ""),
            (S, "Choose the slow, medium or fast lane that matches your pace, swim clockwise and let faster swimmers "
                "pass at the wall.", [], ""),
            (C, "Pick the lane for your pace and swim clockwise, but the fast lane is only open to swimmers who "
                "have booked it in advance.", ["booked it in advance"], "clear"),
            (R, "Choose a lane to match your speed and swim clockwise; if a lane gets crowded, staff will open an "
                "extra lane for you.", ["open an extra lane"], "clear"),
            (V, "Pick the lane that fits your pace and swim clockwise; overtaking in the middle of the lane is fine "
                "if you need to pass.", ["overtaking in the middle of the lane is fine"], "blatant"),
            (G, "Lanes are marked by speed in every session, so you can always pick the lane that suits your pace "
                "and swim clockwise.", ["in every session"], "borderline"),
        ]),
        ("Can I swim in normal shorts?", ["pool-a3"], [
            (P, "No, cotton shorts aren't permitted in the water; you'll need proper swimwear in all of our pools.",
             [], ""),
            (S, "Proper swimwear is required, so cotton shorts are not allowed in the water.", [], ""),
            (C, "Cotton shorts are not allowed in the water, except in the learner pool during family sessions.",
             ["except in the learner pool"], "clear"),
            (R, "Cotton shorts can't be worn in the water, but if you forget your swimwear we'll lend you a pair "
                "free of charge.", ["lend you a pair"], "clear"),
            (V, "Cotton shorts are fine in the water as long as they are clean; proper swimwear is only "
                "recommended.", ["only recommended", "as long as they are clean"], "blatant"),
            (G, "Only proper swimwear is allowed in the building, so you can't wear cotton shorts anywhere inside, "
                "even in the changing village.", ["anywhere inside"], "clear"),
        ]),
        ("Do I have to wear a swimming cap?", ["pool-a3"], [
            (P, "A cap isn't compulsory. We do suggest one if you have long hair, but you can swim without it.",
             [], ""),
            (S, "Swimming caps are recommended for long hair but not compulsory.", [], ""),
            (C, "Caps are not compulsory, although swimmers with long hair must wear one during lane sessions.",
             ["must wear one during lane sessions"], "clear"),
            (R, "A cap is not compulsory, and if you'd like one the front desk will give you one for free.",
             ["give you one for free"], "clear"),
            (V, "Yes, a swimming cap is compulsory for anyone with long hair.", ["cap is compulsory"], "blatant"),
            (G, "Caps are recommended for all swimmers, whatever their hair length, but they are not compulsory.",
             ["whatever their hair length"], "borderline"),
        ]),
        ("Can I leave my phone with the staff?", ["pool-a4"], [
            (P, "Unfortunately the staff aren't able to hold on to valuables for you. Please use one of the lockers "
                "in the changing village; the coin you put in comes back when you reopen it.", [], ""),
            (S, "Staff cannot look after valuables, so use a coin locker; you get the coin back.", [], ""),
            (C, "Staff cannot look after valuables unless you are a member, so please use a locker.",
             ["unless you are a member"], "clear"),
            (R, "Staff can't look after valuables, but the pool will replace anything stolen from a locker.",
             ["replace anything stolen"], "blatant"),
            (V, "Yes, staff will look after your phone at the front desk while you swim.",
             ["will look after your phone"], "blatant"),
            (G, "Staff cannot look after any belongings at all, including coats and bags, so everything must go in "
                "a locker.", ["including coats and bags"], "borderline"),
        ]),
        ("Can I bring snacks and a drink to the poolside?", ["pool-a5"], [
            (P, "Snacks have to stay off the poolside, I'm afraid. A drink of water is fine if it's in a plastic "
                "bottle, but nothing made of glass is allowed in the pool hall.", [], ""),
            (S, "No food on the poolside, but water in a plastic bottle is fine; glass is not allowed.", [], ""),
            (C, "You may bring water in a plastic bottle, as long as you leave it with the lifeguard while you "
                "swim.", ["leave it with the lifeguard"], "clear"),
            (R, "Food isn't allowed on the poolside, but we provide free drinking water by the pool so you don't "
                "need to bring any.", ["free drinking water"], "clear"),
            (V, "Snacks are allowed on the poolside as long as you tidy up, and water in a plastic bottle is fine.",
             ["snacks are allowed on the poolside", "as long as you tidy up"], "blatant"),
            (G, "You can bring any drink in a plastic bottle to the poolside, but no food and no glass.",
             ["any drink"], "borderline"),
        ]),
    ],
}

DOMAINS["theatre"] = {
    "service": "theatre-help",
    "system": "You are the box-office assistant of a community theatre run by volunteers. Answer from the "
              "help-centre articles only; when they are silent, say you don't know and point the customer to the "
              "box office.",
    "articles": {
        "th-a1": ("Late arrival",
                  "If you arrive after the performance has started, an usher will take you to your seat at a "
                  "suitable break. Some shows have no break in the first act, so late arrivals may have to watch "
                  "from the back until the interval."),
        "th-a2": ("Exchanges and returns",
                  "Tickets cannot be refunded once bought. You can exchange them for another performance of the same "
                  "show if you tell the box office before the day of the performance."),
        "th-a3": ("Access",
                  "The auditorium has step-free access and spaces for wheelchair users. A companion of a wheelchair "
                  "user sits next to them. Please tell the box office about access needs when you book."),
        "th-a4": ("Photography and recording",
                  "Photography, filming and sound recording are not allowed during performances. You are welcome to "
                  "take photos in the foyer and of the set before the show begins."),
        "th-a5": ("Volunteering",
                  "The theatre is run by volunteers. Anyone over the minimum age can help front of house; no "
                  "experience is needed and training is given on the night. Backstage volunteers work alongside an "
                  "experienced crew member."),
    },
    "questions": [
        ("What happens if I'm late for the show?", ["th-a1"], [
            (P, "Don't worry, an usher will show you to your seat when there's a suitable pause. Be aware that "
                "certain shows run the whole first act without a pause, in which case you might watch from the "
                "back until the interval.", [], ""),
            (S, "An usher seats latecomers at a suitable break, which for some shows is the interval.", [], ""),
            (C, "An usher will seat you at a suitable break, provided you have collected your tickets before the "
                "show started.", ["collected your tickets before"], "clear"),
            (R, "An usher will take you to your seat at a suitable break, and if you miss part of the show we'll "
                "offer you a ticket for another night.", ["ticket for another night"], "clear"),
            (V, "An usher will take you straight to your seat as soon as you arrive, whatever is happening on "
                "stage.", ["straight to your seat as soon as you arrive"], "blatant"),
            (G, "Late arrivals always have to watch from the back until the interval.",
             ["always have to watch"], "clear"),
        ]),
        ("Can I get my money back if I can't come?", ["th-a2"], [
            (P, "Refunds aren't possible once a ticket is bought. What you can do is swap it for a different "
                "performance of the same show, as long as you let the box office know before the day itself.",
             [], ""),
            (S, "No refunds, but you can exchange for another performance of the same show if you tell us before "
                "the day.", [], ""),
            (C, "Tickets can't be refunded, but you can exchange them for another performance if you bring the "
                "original printed tickets to the box office in person.", ["printed tickets", "in person"], "clear"),
            (R, "Tickets can't be refunded, but we'll hold your seats and exchange them automatically if you don't "
                "turn up.", ["exchange them automatically"], "blatant"),
            (V, "Yes, you can get a refund as long as you tell the box office before the day of the performance.",
             ["you can get a refund"], "blatant"),
            (G, "You can't get a refund, but you can exchange your tickets for any other show in the season.",
             ["any other show in the season"], "clear"),
        ]),
        ("Can I change my tickets on the day of the show?", ["th-a2"], [
            (P, "Exchanges have to be arranged with the box office before the day of the performance, so on the "
                "day itself it's too late to swap.", [], ""),
            (S, "No, exchanges must be requested before the day of the performance.", [], ""),
            (C, "Exchanges are only possible before the day, and only if the new performance still has seats in "
                "the same price band.", ["same price band"], "clear"),
            (R, "It's too late to exchange on the day, but the box office will put your name on a waiting list "
                "for returns.", ["waiting list"], "clear"),
            (V, "Yes, you can exchange your tickets at the box office on the day of the performance.",
             ["exchange your tickets at the box office on the day"], "blatant"),
            (G, "Exchanges have to be made before the day, and the same goes for any change to a booking, "
                "including adding extra seats.", ["adding extra seats"], "borderline"),
        ]),
        ("I use a wheelchair; can my friend sit with me?", ["th-a3"], [
            (P, "Yes. The auditorium is step-free with dedicated wheelchair spaces, and your companion will be "
                "seated beside you. Just mention your access needs to the box office when booking.", [], ""),
            (S, "Yes, a companion sits next to a wheelchair user; tell the box office about access needs when "
                "booking.", [], ""),
            (C, "Yes, your companion sits next to you, but only if both tickets are booked in the same "
                "transaction.", ["same transaction"], "clear"),
            (R, "Yes, your companion sits next to you and goes free of charge.", ["free of charge"], "blatant"),
            (V, "Companions of wheelchair users are seated in the row behind them, and there is no need to tell "
                "the box office in advance.", ["row behind them", "no need to tell"], "blatant"),
            (G, "Yes, and your whole party can sit together beside the wheelchair spaces.",
             ["whole party"], "clear"),
        ]),
        ("Can I take photos during the play?", ["th-a4"], [
            (P, "Not during the performance: photos, video and audio recording are all off limits once it starts. "
                "Feel free to take pictures of the set before the show and in the foyer.", [], ""),
            (S, "No photos or recording during performances, but photos in the foyer and of the set beforehand "
                "are fine.", [], ""),
            (C, "Photography isn't allowed during performances, except at the curtain call if the cast agrees.",
             ["curtain call"], "clear"),
            (R, "Photography isn't allowed during the show, but we'll e-mail you official photos of the "
                "production afterwards.", ["official photos"], "clear"),
            (V, "Photos are allowed during the performance as long as you turn the flash off.",
             ["turn the flash off"], "blatant"),
            (G, "No photography of any kind is allowed anywhere in the theatre, including the foyer.",
             ["anywhere in the theatre"], "clear"),
        ]),
        ("I'd like to volunteer but have never done it before.", ["th-a5"], [
            (P, "That's no problem: you don't need any experience to help front of house, and you'll be trained on "
                "the night. If you'd rather work backstage, you'll be paired with an experienced crew member.",
             [], ""),
            (S, "No experience is needed front of house; training is given on the night.", [], ""),
            (C, "No experience is needed, although new volunteers must first attend an induction evening.",
             ["induction evening"], "clear"),
            (R, "No experience is needed, and every volunteer gets free tickets to the shows they help with.",
             ["free tickets"], "clear"),
            (V, "Front of house volunteers need previous experience, but backstage volunteers are trained on the "
                "night.", ["need previous experience"], "blatant"),
            (G, "Anyone can volunteer, whatever their age, and no experience is needed.", ["whatever their age"],
             "clear"),
        ]),
    ],
}

DOMAINS["dogwalk"] = {
    "service": "dogwalk-help",
    "system": "You are the assistant of a local dog-walking service. Answer only from the help-centre articles; "
              "if they don't cover a question, say so and suggest the customer messages their walker.",
    "articles": {
        "dw-a1": ("Meet and greet",
                  "Before the first walk we visit you and your dog at home to meet them and talk about their "
                  "routine. We only take on a dog after this visit."),
        "dw-a2": ("Group and solo walks",
                  "Group walks are for friendly, fully vaccinated dogs. Dogs that are nervous or reactive around "
                  "other dogs get solo walks instead. Puppies start with short solo walks until they are used to us."),
        "dw-a3": ("Leads and off-lead time",
                  "Dogs stay on the lead near roads and livestock. Off-lead time is only given with the owner's "
                  "written permission and once the dog reliably comes back when called."),
        "dw-a4": ("Keys and access",
                  "We keep your key in a locked box and never label it with your address. Please tell us if your "
                  "alarm code or gate changes."),
        "dw-a5": ("Cancelling and bad weather",
                  "Please cancel a walk the evening before at the latest. In very hot weather we shorten walks and "
                  "go out early or late; in storms we may do a garden visit instead of a walk."),
    },
    "questions": [
        ("Can you start walking my dog tomorrow?", ["dw-a1"], [
            (P, "First we'll need to come round and meet you and your dog at your home, to learn about their "
                "routine. We take a dog on only once that visit has happened.", [], ""),
            (S, "We start after a home visit to meet your dog and hear about their routine.", [], ""),
            (C, "We start after a home visit, and only once your vet has signed a health form.",
             ["health form"], "clear"),
            (R, "We'll visit you first to meet your dog, and the first walk after that is on us.",
             ["first walk after that is on us"], "clear"),
            (V, "Yes, we can start straight away; the home visit can happen after the first walk.",
             ["start straight away", "after the first walk"], "blatant"),
            (G, "Before every walk we visit you at home to talk about your dog's routine.",
             ["before every walk"], "clear"),
        ]),
        ("Can my dog join the group walks?", ["dw-a2"], [
            (P, "If your dog is friendly and has had all their vaccinations, group walks are open to them. If "
                "they get anxious or react to other dogs, we'll walk them on their own instead.", [], ""),
            (S, "Group walks are for friendly, fully vaccinated dogs; nervous or reactive dogs go solo.", [], ""),
            (C, "Friendly, vaccinated dogs can join group walks once they have been neutered.",
             ["neutered"], "clear"),
            (R, "Friendly, vaccinated dogs can join group walks, and we send you photos after each one.",
             ["send you photos"], "clear"),
            (V, "Nervous or reactive dogs are put in group walks so they can get used to other dogs.",
             ["get used to other dogs"], "blatant"),
            (G, "All dogs can join group walks as long as they are vaccinated.", ["all dogs can join"], "clear"),
        ]),
        ("How do you walk puppies?", ["dw-a2"], [
            (P, "Puppies begin with brief walks on their own, and stay on those until they're comfortable with "
                "us.", [], ""),
            (S, "Puppies get short solo walks until they are used to us.", [], ""),
            (C, "Puppies get short solo walks, but only after their owner has come along on the first few.",
             ["come along on the first few"], "clear"),
            (R, "Puppies get short solo walks, and we include basic training on every walk.",
             ["basic training"], "clear"),
            (V, "Puppies go straight into group walks so they can learn from older dogs.",
             ["learn from older dogs"], "blatant"),
            (G, "Every new dog, whatever its age, starts with short solo walks until it is used to us.",
             ["every new dog, whatever its age"], "clear"),
        ]),
        ("Will you let my dog off the lead?", ["dw-a3"], [
            (P, "Only if you've given us permission in writing and your dog comes back reliably when called. Near "
                "roads and livestock we always keep them on the lead.", [], ""),
            (S, "Off-lead time needs your written permission and a reliable recall; never near roads or "
                "livestock.", [], ""),
            (C, "We let dogs off the lead with your written permission, as long as they wear a GPS collar.",
             ["gps collar"], "blatant"),
            (R, "With your written permission we let dogs off the lead, and we'll work on their recall for free.",
             ["work on their recall for free"], "clear"),
            (V, "Yes, we let dogs off the lead unless you tell us not to.", ["unless you tell us not to"],
             "blatant"),
            (G, "Dogs are never let off the lead on our walks.", ["never let off the lead"], "clear"),
        ]),
        ("How do you keep my house key safe?", ["dw-a4"], [
            (P, "Your key is stored in a locked box and it never carries your address. Do let us know if the gate "
                "or the alarm code is changed.", [], ""),
            (S, "We keep keys in a locked box with no address label.", [], ""),
            (C, "We keep your key in a locked box, provided you give us a spare rather than your own key.",
             ["give us a spare"], "clear"),
            (R, "Your key is kept in a locked box, and we are insured to replace your locks if it is ever lost.",
             ["replace your locks"], "blatant"),
            (V, "We label each key with the owner's address so it never gets mixed up.",
             ["never gets mixed up"], "blatant"),
            (G, "We keep all your details, keys, codes and documents in a locked box.",
             ["codes and documents"], "borderline"),
        ]),
        ("What happens if it's very hot?", ["dw-a5"], [
            (P, "On very hot days we go out earlier or later in the day and keep the walks shorter.", [], ""),
            (S, "In very hot weather walks are shorter and early or late.", [], ""),
            (C, "In the heat we shorten walks, but only for dogs with short noses.", ["short noses"], "clear"),
            (R, "In hot weather we shorten walks and give you a partial refund for the shorter time.",
             ["partial refund"], "blatant"),
            (V, "In very hot weather we make walks longer but go at a slower pace.", ["make walks longer"],
             "blatant"),
            (G, "In any bad weather we shorten walks and replace them with a garden visit.",
             ["in any bad weather"], "clear"),
        ]),
    ],
}

DOMAINS["recycling"] = {
    "service": "recycling-help",
    "system": "You answer questions about the household recycling centre. Use only the help-centre articles; if "
              "they do not answer, say so and suggest asking a site attendant.",
    "articles": {
        "rc-a1": ("Who can use the centre",
                  "The centre is for household waste from residents of the district. Vans and trailers need a permit "
                  "booked in advance. Traders must use the commercial waste service instead."),
        "rc-a2": ("Sorting your waste",
                  "Please sort your waste before you arrive so you can go straight to the right container. Site "
                  "attendants can tell you where things go but cannot unload your car for you."),
        "rc-a3": ("Asbestos and chemicals",
                  "Asbestos is only accepted if it is double wrapped in heavy plastic. Garden and household "
                  "chemicals must be in their original containers. Gas bottles go to the marked cage."),
        "rc-a4": ("Reuse shop",
                  "Items in good condition can be left at the reuse shop instead of the skips. The shop staff decide "
                  "what they can accept. Electrical items are only taken if they have passed a safety test."),
        "rc-a5": ("Safety on site",
                  "Children and pets must stay in the car. Climbing into the containers is not allowed. Follow the "
                  "one-way system and keep to the speed limit shown on site."),
    },
    "questions": [
        ("Can I bring my garden waste in a van?", ["rc-a1"], [
            (P, "Yes, but a van needs a permit, and you have to book that before you come.", [], ""),
            (S, "Vans need a permit booked in advance.", [], ""),
            (C, "Vans need a permit booked in advance, and the van must be registered at a residential address.",
             ["registered at a residential address"], "clear"),
            (R, "Vans need a permit, and we'll post one out to you straight away when you book.",
             ["post one out to you"], "clear"),
            (V, "Yes, vans can come in without a permit; only trailers need one.",
             ["without a permit", "only trailers need one"], "blatant"),
            (G, "Every vehicle needs a permit booked in advance, cars included.", ["cars included"], "clear"),
        ]),
        ("I run a small building firm; can I use the centre?", ["rc-a1"], [
            (P, "The site only takes household waste from people who live in the district, so as a trader you'd "
                "need to use the commercial waste service.", [], ""),
            (S, "No, traders must use the commercial waste service.", [], ""),
            (C, "Traders may use the centre if they bring a letter from their customer.",
             ["letter from their customer"], "clear"),
            (R, "Traders must use the commercial waste service, and we'll pass your details on so they can call "
                "you.", ["pass your details on"], "clear"),
            (V, "Yes, traders are welcome as long as they book a van permit.", ["traders are welcome"], "blatant"),
            (G, "Any waste that comes from work, even from an employee's home office, must go to the commercial "
                "service.", ["home office"], "borderline"),
        ]),
        ("Will someone help me unload?", ["rc-a2"], [
            (P, "The attendants will happily point you to the right container, but unloading your car is up to "
                "you. Sorting before you come makes that quicker.", [], ""),
            (S, "Attendants can tell you where things go but won't unload for you.", [], ""),
            (C, "Attendants can't unload for you unless you have a blue badge.", ["blue badge"], "blatant"),
            (R, "Attendants can't unload for you, but they'll lend you a trolley for heavy items.",
             ["lend you a trolley"], "clear"),
            (V, "Yes, the site attendants will unload your car for you.", ["will unload your car"], "blatant"),
            (G, "Attendants cannot help you with anything on site, so please sort everything yourself.",
             ["cannot help you with anything"], "clear"),
        ]),
        ("How do I get rid of old asbestos sheets?", ["rc-a3"], [
            (P, "We'll take asbestos as long as it comes wrapped twice in heavy plastic.", [], ""),
            (S, "Asbestos is accepted only when double wrapped in heavy plastic.", [], ""),
            (C, "Asbestos is accepted if double wrapped, and only on a booked slot with a permit.",
             ["booked slot"], "clear"),
            (R, "Double wrap it in heavy plastic, and the attendants will supply the wrapping if you ask.",
             ["supply the wrapping"], "clear"),
            (V, "Asbestos can be brought unwrapped, as long as it goes straight into the marked cage.",
             ["brought unwrapped"], "blatant"),
            (G, "All building waste must be double wrapped in heavy plastic before you bring it.",
             ["all building waste"], "clear"),
        ]),
        ("Can I drop off half a tin of weedkiller?", ["rc-a3"], [
            (P, "Yes, garden chemicals are accepted, but they need to be in the container they came in.", [], ""),
            (S, "Yes, if it is in its original container.", [], ""),
            (C, "Yes, in its original container, as long as the lid has never been opened.",
             ["never been opened"], "clear"),
            (R, "Yes, bring it in its original container and we'll give you a safe replacement product.",
             ["safe replacement product"], "blatant"),
            (V, "Yes, but pour it into a sealed bottle first; original containers aren't accepted.",
             ["pour it into a sealed bottle"], "blatant"),
            (G, "Any liquid you bring, paint and oil included, must be in its original container.",
             ["paint and oil included"], "clear"),
        ]),
        ("Can I give an old lamp to the reuse shop?", ["rc-a4"], [
            (P, "Electrical things like lamps are only taken by the reuse shop once they have passed a safety "
                "test, and the shop staff have the final say on what goes in.", [], ""),
            (S, "Only if it has passed a safety test; the shop staff decide what they accept.", [], ""),
            (C, "Electrical items are taken once safety tested, but only if you still have the original box.",
             ["original box"], "clear"),
            (R, "Bring it along and the shop staff will test it for you on the spot.",
             ["test it for you on the spot"], "blatant"),
            (V, "Yes, the reuse shop takes electrical items whether or not they have been tested.",
             ["whether or not they have been tested"], "blatant"),
            (G, "Every item for the reuse shop has to pass a safety test before the shop will take it.",
             ["every item for the reuse shop"], "clear"),
        ]),
        ("Can my kids help me throw things in the skips?", ["rc-a5"], [
            (P, "I'm afraid not: children, like pets, need to stay inside the car while you're on site.", [], ""),
            (S, "No, children and pets must stay in the car.", [], ""),
            (C, "Children must stay in the car unless they are wearing a high-visibility vest.",
             ["high-visibility vest"], "clear"),
            (R, "Children must stay in the car, but the attendants will keep an eye on them for you.",
             ["keep an eye on them for you"], "clear"),
            (V, "Yes, children can help as long as an adult holds their hand; only pets must stay in the car.",
             ["only pets must stay"], "blatant"),
            (G, "No passengers of any age may get out of the car on site.", ["passengers of any age"], "clear"),
        ]),
    ],
}

DOMAINS["illoans"] = {
    "service": "library-ill-help",
    "system": "You are the help assistant for a university library's inter-library loan service. Answer from the "
              "help-centre articles only; if they don't say, tell the reader so and suggest the loans desk.",
    "articles": {
        "ill-a1": ("Who can request",
                   "Staff and postgraduate students can request inter-library loans. Undergraduates can request "
                   "items for their final-year project with a supervisor's approval."),
        "ill-a2": ("Before you request",
                   "Check the library catalogue first: we do not request items the library already holds, unless "
                   "every copy is missing. Requests go through the online form."),
        "ill-a3": ("Collecting and using loans",
                   "You will get an e-mail when your item arrives. Some lending libraries only allow their books to "
                   "be read inside our library; these cannot be taken home. Renewals are at the lending library's "
                   "discretion."),
        "ill-a4": ("Articles and chapters",
                   "Journal articles and book chapters are usually supplied as a copy for private study. Copies "
                   "sent electronically must be printed or read within the time the lender sets, after which the "
                   "file stops working."),
        "ill-a5": ("Overdue and lost items",
                   "Return items on time so the lending library keeps lending to us. If an item is lost, the "
                   "borrower pays the replacement charge set by the lending library."),
    },
    "questions": [
        ("I'm an undergraduate; can I use inter-library loans?", ["ill-a1"], [
            (P, "For your final-year project you can, as long as your supervisor approves the request. Otherwise "
                "the service is for staff and postgraduates.", [], ""),
            (S, "Undergraduates can request items for a final-year project with their supervisor's approval.",
             [], ""),
            (C, "Undergraduates can request for their final-year project with approval, but only once their "
                "project proposal has been marked.", ["proposal has been marked"], "clear"),
            (R, "Yes, with your supervisor's approval, and we'll fast-track undergraduate requests.",
             ["fast-track"], "clear"),
            (V, "Undergraduates can request items for any course without approval.",
             ["for any course without approval"], "blatant"),
            (G, "Any student can request inter-library loans as long as a supervisor approves.",
             ["any student can request"], "borderline"),
        ]),
        ("Can I request a book the library already has?", ["ill-a2"], [
            (P, "Normally no; if the catalogue shows we hold it, we won't request it from elsewhere. The "
                "exception is when all of our copies have gone missing.", [], ""),
            (S, "Only if every copy the library holds is missing.", [], ""),
            (C, "Not unless every copy is missing and you have reported it to the loans desk yourself.",
             ["reported it to the loans desk yourself"], "clear"),
            (R, "We won't request a book we hold, but we'll recall it from the current borrower for you.",
             ["recall it from the current borrower"], "clear"),
            (V, "Yes, you can request it even if the library has copies on the shelf.",
             ["copies on the shelf"], "blatant"),
            (G, "We never request items that appear in the catalogue, whatever their status.",
             ["whatever their status"], "clear"),
        ]),
        ("How will I know my book has arrived?", ["ill-a3"], [
            (P, "We'll send you an e-mail as soon as it's in.", [], ""),
            (S, "You will be e-mailed when it arrives.", [], ""),
            (C, "You'll get an e-mail when it arrives, provided you ticked the notification box on the form.",
             ["notification box"], "clear"),
            (R, "You'll get an e-mail when it arrives, and we can post it to your home address if you prefer.",
             ["post it to your home address"], "blatant"),
            (V, "We don't send notices; please check the shelf at the desk regularly.",
             ["we don't send notices"], "blatant"),
            (G, "You'll get an e-mail at every stage of your request, from ordering to arrival.",
             ["every stage of your request"], "clear"),
        ]),
        ("Can I take the loan home?", ["ill-a3"], [
            (P, "Not always: certain lending libraries require their books to stay in our library, "
                "and those have to be read on site.", [], ""),
            (S, "Some loans are for use inside the library only and cannot go home.", [], ""),
            (C, "You can take most loans home once you have shown your student card at the desk.",
             ["shown your student card"], "clear"),
            (R, "Some loans must stay in the library, but we'll reserve a quiet desk for you to read them.",
             ["reserve a quiet desk"], "clear"),
            (V, "Yes, every inter-library loan can be taken home.", ["every inter-library loan can be taken home"],
             "blatant"),
            (G, "No inter-library loans may leave our library.", ["no inter-library loans may leave"], "clear"),
        ]),
        ("Can I renew an inter-library loan?", ["ill-a3"], [
            (P, "Whether a renewal is possible is up to the library that lent the item.", [], ""),
            (S, "Renewals are at the lending library's discretion.", [], ""),
            (C, "Renewals are up to the lending library, and you can only ask once the item is overdue.",
             ["once the item is overdue"], "clear"),
            (R, "Renewals are up to the lender, but we renew automatically if nobody else has asked for it.",
             ["renew automatically"], "blatant"),
            (V, "Inter-library loans can never be renewed.", ["can never be renewed"], "blatant"),
            (G, "Every library decides its own renewals, so our own books can be renewed only at a librarian's "
                "discretion too.", ["our own books"], "borderline"),
        ]),
        ("How long can I keep an electronic article?", ["ill-a4"], [
            (P, "Electronic copies have to be read or printed within the period the lending library sets; once "
                "that runs out the file no longer opens.", [], ""),
            (S, "Until the lender's time limit, after which the file stops working.", [], ""),
            (C, "Within the lender's time limit, and you may only print it on a library printer.",
             ["library printer"], "clear"),
            (R, "Within the lender's time limit, but we'll resend the file free if it expires.",
             ["resend the file"], "blatant"),
            (V, "You can keep electronic copies for as long as you like once downloaded.",
             ["as long as you like"], "blatant"),
            (G, "Every copy we supply, paper or electronic, stops working after the lender's time limit.",
             ["paper or electronic"], "clear"),
        ]),
        ("What if I lose a book I borrowed this way?", ["ill-a5"], [
            (P, "You would have to pay the replacement charge, which the library that lent it decides.", [], ""),
            (S, "The borrower pays the lending library's replacement charge.", [], ""),
            (C, "You pay the replacement charge, unless you report the loss within the loan period.",
             ["report the loss within the loan period"], "clear"),
            (R, "You pay the replacement charge, and we'll split the cost with you if it's your first loss.",
             ["split the cost"], "blatant"),
            (V, "The university pays for lost inter-library loans, so you won't be charged.",
             ["the university pays", "won't be charged"], "blatant"),
            (G, "You pay the replacement charge for any item that comes back damaged or late as well.",
             ["damaged or late"], "clear"),
        ]),
    ],
}

DOMAINS["carwash"] = {
    "service": "carwash-help",
    "system": "You are the assistant of a hand car wash. Answer only from the help-centre articles; if they don't "
              "cover a question, say so and suggest asking the team at the wash bay.",
    "articles": {
        "cw-a1": ("Booking and queueing",
                  "You can drive in without booking and join the queue. Valets take longer and must be booked ahead "
                  "so we can keep a bay free."),
        "cw-a2": ("Before we start",
                  "Please remove valuables and child seats before a valet. Fold in mirrors and take off roof boxes. "
                  "We check the car for existing damage with you before washing."),
        "cw-a3": ("What we cannot wash",
                  "We do not wash cars with loose trim, cracked windscreens or fresh paint repairs. Soft-top roofs "
                  "are washed by hand only, never with the pressure washer."),
        "cw-a4": ("Waiting area",
                  "You are welcome to wait in the waiting room. For safety, customers may not walk through the wash "
                  "bays while cars are being cleaned."),
        "cw-a5": ("Complaints",
                  "If you are unhappy with the wash, tell the team before you drive away and they will put it "
                  "right. Problems raised after leaving are looked at case by case."),
    },
    "questions": [
        ("Do I need to book a wash?", ["cw-a1"], [
            (P, "No booking is needed for a wash; just drive in and wait your turn. If you want a valet, though, "
                "book it in advance so a bay can be kept for you.", [], ""),
            (S, "Washes are drive-in; only valets need booking ahead.", [], ""),
            (C, "You can drive in without booking, except at weekends when every wash must be booked.",
             ["except at weekends"], "clear"),
            (R, "No need to book, and if the queue is long we'll wash your car first next time.",
             ["wash your car first next time"], "clear"),
            (V, "Every wash must be booked ahead; we don't take drive-in customers.",
             ["we don't take drive-in customers"], "blatant"),
            (G, "Nothing needs booking, valets included; just join the queue.", ["valets included"], "clear"),
        ]),
        ("What should I do before my valet?", ["cw-a2"], [
            (P, "Take out any valuables and child seats, fold the mirrors in and remove a roof box if you have "
                "one. We'll also go round the car with you to note any damage already there.", [], ""),
            (S, "Remove valuables, child seats and roof boxes, and fold in your mirrors.", [], ""),
            (C, "Remove valuables and child seats, and leave the car unlocked with the keys in it.",
             ["keys in it"], "clear"),
            (R, "Remove valuables and child seats; we'll refit the seats for you free after the valet.",
             ["refit the seats"], "blatant"),
            (V, "There's no need to remove anything; we take out child seats and roof boxes for you.",
             ["no need to remove anything"], "blatant"),
            (G, "Please empty the whole car before any wash, including the boot and glovebox.",
             ["boot and glovebox"], "clear"),
        ]),
        ("Will you check my car for scratches?", ["cw-a2"], [
            (P, "Yes, before washing we go over the car together with you to record any damage it already has.",
             [], ""),
            (S, "Yes, existing damage is checked with you before the wash.", [], ""),
            (C, "Yes, we check for existing damage with you, but only on valets, not on standard washes.",
             ["not on standard washes"], "clear"),
            (R, "Yes, we check for damage and will touch up any small scratches we find.",
             ["touch up any small scratches"], "blatant"),
            (V, "No, we don't check cars for damage before washing.", ["we don't check cars"], "blatant"),
            (G, "Yes, and we also check the tyres and lights before every wash.", ["tyres and lights"], "clear"),
        ]),
        ("Can you wash my convertible?", ["cw-a3"], [
            (P, "Yes, soft tops are fine, but we clean the roof by hand and keep the pressure washer away from it.",
             [], ""),
            (S, "Yes, soft-top roofs are washed by hand only.", [], ""),
            (C, "Yes, by hand only, and only if the roof has been reproofed recently.", ["reproofed"], "clear"),
            (R, "Yes, by hand, and we'll apply a protective coating to the roof at no extra cost.",
             ["protective coating"], "blatant"),
            (V, "Yes, soft-top roofs go through the pressure washer like any other car.",
             ["like any other car"], "blatant"),
            (G, "We wash every car by hand only and never use the pressure washer.",
             ["every car by hand only"], "clear"),
        ]),
        ("My windscreen has a crack; can I still get a wash?", ["cw-a3"], [
            (P, "Sorry, a car with a cracked windscreen isn't something we can wash.", [], ""),
            (S, "No, we do not wash cars with cracked windscreens.", [], ""),
            (C, "We don't wash cars with cracked windscreens unless you sign a waiver first.",
             ["sign a waiver"], "clear"),
            (R, "We can't wash it, but we'll arrange a windscreen repair for you.",
             ["arrange a windscreen repair"], "blatant"),
            (V, "Yes, a cracked windscreen is no problem as long as you tell us.", ["no problem as long as"],
             "blatant"),
            (G, "We don't wash any car with damage of any kind.", ["damage of any kind"], "clear"),
        ]),
        ("Can I watch my car being washed?", ["cw-a4"], [
            (P, "You're welcome to wait in the waiting room, but for safety reasons you can't walk through the "
                "bays while cars are being washed.", [], ""),
            (S, "You can wait in the waiting room, but not walk through the wash bays.", [], ""),
            (C, "You may wait in the waiting room once you have paid at the till.", ["paid at the till"], "clear"),
            (R, "You can wait in the waiting room, where we'll bring you a free coffee.", ["free coffee"],
             "clear"),
            (V, "Yes, you can stand in the bay and watch while we clean your car.", ["stand in the bay"],
             "blatant"),
            (G, "Customers must stay in the waiting room at all times while on the premises.",
             ["at all times while on the premises"], "clear"),
        ]),
        ("I noticed a dirty patch after I got home. What can I do?", ["cw-a5"], [
            (P, "Issues raised once you've left are considered individually. Next time, if something isn't right, "
                "tell the team before driving off and they'll sort it out.", [], ""),
            (S, "Problems raised after leaving are looked at case by case.", [], ""),
            (C, "Problems raised after leaving are looked at only if you send photos taken before you got home.",
             ["send photos"], "clear"),
            (R, "Bring the car back and we'll re-wash it for free, no questions asked.",
             ["no questions asked"], "blatant"),
            (V, "We can't look at any problem once you have driven away.", ["can't look at any problem"],
             "blatant"),
            (G, "Every complaint is looked at case by case, wherever it is raised.",
             ["wherever it is raised"], "clear"),
        ]),
    ],
}

#: a second healthy paraphrase per question, in question order, so that about half the set is healthy
EXTRA_PARAPHRASES: dict[str, list[str]] = {
    "pool": [
        "It depends on how well they swim. A child who swims confidently is allowed in the main pool without an "
        "adult alongside, as long as an adult is still in the building; non-swimmers always need an adult with "
        "them in the water.",
        "Swim in the lane marked for your speed and go round clockwise. If a faster swimmer catches you up, wait "
        "at the wall and let them go past.",
        "Everyone in the water has to wear proper swimwear, and that rules out cotton shorts and underwear.",
        "You can swim without one. Caps are only a recommendation, mainly for people with long hair.",
        "We're not able to mind valuables at the desk. The lockers take a coin that is returned when you open "
        "the locker again, so that's the safest place for your phone.",
        "Food has to stay away from the poolside. Water is allowed if it's in a plastic bottle; glass of any "
        "kind is not allowed in the pool hall.",
    ],
    "theatre": [
        "Latecomers are shown to their seats by an usher at a suitable break. If the first act has no break, you "
        "may need to watch from the back until the interval.",
        "Once a ticket is bought it can't be refunded. You can, however, swap it for another performance of the "
        "same show if the box office hears from you before the day of the performance.",
        "Exchanges need to be requested before the day of the performance, so it's too late to change them on "
        "the day.",
        "Of course. A wheelchair user's companion sits next to them, and the auditorium has step-free access. "
        "Please let the box office know about your access needs when you book.",
        "During the performance, photography, filming and sound recording aren't allowed. Before the show you "
        "can take photos of the set and in the foyer.",
        "You'd be very welcome. Front of house needs no experience and we train you on the night; backstage, "
        "you'd work next to an experienced crew member.",
    ],
    "dogwalk": [
        "Not straight away: before the first walk we come to your home to meet your dog and talk through their "
        "routine, and we only take a dog on after that visit.",
        "Yes, if they're friendly and fully vaccinated. Dogs who are nervous or reactive with other dogs are "
        "walked solo instead.",
        "We keep puppies on short walks by themselves until they've got used to us.",
        "Near roads and livestock your dog always stays on the lead. Off the lead only happens with your written "
        "permission and once your dog reliably comes back when called.",
        "Keys go in a locked box and are never labelled with your address. If your gate or alarm code changes, "
        "please tell us.",
        "When it's very hot, walks are kept shorter and we head out early or late in the day.",
    ],
    "recycling": [
        "You can, as long as you've booked a van permit in advance.",
        "Not for trade waste, I'm afraid. The centre takes household waste from residents of the district; "
        "traders have to use the commercial waste service instead.",
        "The attendants can point you to the right container, but they can't unload the car for you, so it "
        "helps to sort your waste before you arrive.",
        "Asbestos is accepted only if it is double wrapped in heavy plastic.",
        "You can bring it, as long as the weedkiller is still in its original container.",
        "Possibly: the reuse shop only takes electrical items that have passed a safety test, and its staff "
        "decide what they can accept.",
        "No, children and pets have to stay in the car while you're on site.",
    ],
    "illoans": [
        "Inter-library loans are for staff and postgraduate students, but undergraduates can use them for "
        "their final-year project if their supervisor approves.",
        "We don't request items the library already holds, unless every copy is missing, so check the "
        "catalogue first.",
        "When your item arrives, we'll let you know by e-mail.",
        "That depends on the lending library: some only let their books be read inside our library, and those "
        "cannot be taken home.",
        "It's the lending library's decision whether a loan can be renewed.",
        "Electronic copies stop working after the time the lender sets, so read or print them before then.",
        "If an inter-library loan is lost, you as the borrower pay the replacement charge the lending library "
        "sets.",
    ],
    "carwash": [
        "For a wash you can just turn up and join the queue. Valets take longer, so they need to be booked "
        "ahead to keep a bay free.",
        "Before a valet, please clear out valuables and child seats, take off any roof box and fold the mirrors "
        "in.",
        "Yes. We look at the car with you before washing and note any damage that is already there.",
        "We can. Soft-top roofs are only ever washed by hand; the pressure washer is never used on them.",
        "Unfortunately not; we don't wash cars that have a cracked windscreen.",
        "You're welcome to wait in the waiting room, but for safety you can't walk through the wash bays while "
        "cars are being cleaned.",
        "Anything raised after you've left is looked at case by case. If you're unhappy in future, tell the "
        "team before you drive away and they'll put it right.",
    ],
}

for _domain, _texts in EXTRA_PARAPHRASES.items():
    _qs = DOMAINS[_domain]["questions"]
    assert len(_texts) == len(_qs), _domain
    for (_question, _ids, _answers), _text in zip(_qs, _texts, strict=True):
        _answers.append((P, _text, [], ""))

#: a second healthy summary per question, in question order
EXTRA_SUMMARIES: dict[str, list[str]] = {
    "pool": [
        "Yes if they swim confidently and you stay in the building; non-swimmers need an adult in the water.",
        "Use the lane for your speed, swim clockwise and let quicker swimmers by at the wall.",
        "No, cotton shorts aren't allowed; wear proper swimwear.",
        "No, a cap is optional, though suggested for long hair.",
        "No, staff can't keep valuables; a coin locker is the place for them.",
        "Water in a plastic bottle is fine; food and glass are not.",
    ],
    "theatre": [
        "You'll be seated at a suitable break, or at the interval if the first act has none.",
        "Refunds aren't given, but an exchange for the same show is possible if you ask before the day.",
        "No, changes have to be made before the day of the show.",
        "Yes, companions sit beside wheelchair users; mention access needs when booking.",
        "Not during the show; the foyer and the set before curtain-up are fine.",
        "No experience needed: training happens on the night, and backstage you work with experienced crew.",
    ],
    "dogwalk": [
        "Only after we have visited you at home to meet your dog.",
        "If your dog is friendly and fully vaccinated, yes; otherwise we walk them solo.",
        "Short walks on their own until they know us.",
        "Only with your written permission and a reliable recall, and never near roads or livestock.",
        "In a locked box, with no address on it.",
        "Shorter walks, early or late in the day.",
    ],
    "recycling": [
        "Yes, with a van permit booked beforehand.",
        "No, the centre is for residents' household waste; traders use the commercial service.",
        "No, attendants give directions but don't unload, so sort before you come.",
        "Wrap it twice in heavy plastic and it will be accepted.",
        "Yes, keep it in its original container.",
        "Only if it has passed a safety test, and the shop staff have the final say.",
        "No, they must stay in the car, as must pets.",
    ],
    "illoans": [
        "Yes, for a final-year project, with your supervisor's approval.",
        "Not unless every copy we hold is missing; check the catalogue first.",
        "By e-mail when it arrives.",
        "Yes, unless the lending library only allows reading inside our library.",
        "That's up to the lending library.",
        "Until the lender's time limit, when the file stops working.",
        "You pay the lending library's replacement charge.",
    ],
    "carwash": [
        "Not for a wash; valets do need booking ahead.",
        "Clear out valuables and child seats, take off roof boxes and fold the mirrors in.",
        "Yes, we note existing damage with you before washing.",
        "Yes, with the soft top washed by hand only.",
        "No, cars with a cracked windscreen can't be washed.",
        "From the waiting room, yes, but not from the wash bays.",
        "It will be looked at case by case; next time tell the team before leaving.",
    ],
}

for _domain, _texts in EXTRA_SUMMARIES.items():
    _qs = DOMAINS[_domain]["questions"]
    assert len(_texts) == len(_qs), _domain
    for (_question, _ids, _answers), _text in zip(_qs, _texts, strict=True):
        _answers.append((S, _text, [], ""))
