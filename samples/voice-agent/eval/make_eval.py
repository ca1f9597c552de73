#!/usr/bin/env python3
"""Writes the voice agent's conversational evaluation: eval/baseline/*.jsonl and eval/canary/*.jsonl.

The evaluation set is a few hundred recorded support calls (casebook case 2: ASR -> LLM over the account policies ->
TTS), replayed turn by turn through the agent twice: once with the serving TTS voice (support-voice-v3, the
baseline) and once with the candidate (support-voice-v4, the canary). ASR, retrieval and the LLM are the same on both
sides; a caller model decides from the audio timing whether the caller talks over the agent or hangs up, as
conversational evaluations do (offline preference tests never hear the silence before the voice starts).

One line per agent turn, paired across the two sides by id:

  id          call id and turn number
  group       the call. Turns of one call share a caller, a line and a patience, so they are not independent: the
              gate's bootstrap resamples calls, not turns
  slices      lang:en / lang:es / lang:de and channel:phone / channel:app
  reference, hypothesis
              the caller's words before this agent turn and what ASR heard (absent on turn 1, the agent's greeting)
  measures
    first_audio_byte_ms   TTS request to the voice's first audio byte; Infinity when the voice missed its 3 s
                          deadline (a timeout: the agent fell back to the backup voice)
    turn_latency_ms       end of the caller's speech to the reply text being ready for the voice (ASR endpointing,
                          retrieval, LLM). The silence the caller hears is this plus first_audio_byte_ms; they are kept
                          apart so that a gate tells a slower voice from a slower brain
    barge_in              the caller talked over this agent turn
    cost_usd              ASR + LLM + TTS cost of the turn
    handoff, abandoned    per call, on the call's last turn only: the agent handed the call to a human / the caller
                          hung up before the call was resolved or handed off. Absent (not reported) on every other
                          turn, so handoff_rate and abandoned_rate are shares of calls, not of turns

The effect injected (casebook case 5): v4 sounds better (it won the offline preference test), costs a quarter less
per character, and in English and German starts speaking sooner, so fewer callers hang up. In Spanish its text front
end reads the whole first sentence before it speaks when a reply opens with an amount or a date (a fifth of the
replies): those turns start 1.0-2.4 s late and a few miss the deadline. The caller model hangs up at such a silence
with a chance of 0.8 x the extra seconds x the caller's impatience (at most 95 %): a strong effect, so that a few
dozen Spanish calls show it beyond the gate's noise control. The other measures are the same pipeline replayed with
fresh noise. The numbers of calls are chosen so that the late Spanish turns are a few percent of all turns: the
overall and per-channel p95 stay within budget while lang:es breaks it.

Deterministic: Python 3 standard library only, one seeded random.Random. Run it from anywhere:
  python3 samples/voice-agent/eval/make_eval.py
"""

import json
import math
import pathlib
import random

SEED = 2025
CALLS = {"en": 200, "es": 60, "de": 80}  # calls per language
TURNS = (3, 4)  # agent turns per call, the greeting included
PHONE_SHARE = 0.65  # the rest come in through the mobile app (WebRTC)
TTS_DEADLINE_MS = 3000
ASR_USD_PER_SECOND = 0.00028  # about $0.017 per minute of caller audio
LLM_USD_PER_TURN = (0.0007, 0.0013)
TTS_USD_PER_CHAR = {"baseline": 16e-6, "canary": 12e-6}

CALLER = {
    "en": [
        "hi I want to check my balance", "I was charged twice this month", "can you move my payment date",
        "I need to cancel my subscription", "my card was declined yesterday", "what is the fee for late payment",
        "I did not get the refund yet", "can I talk to a person", "the app keeps logging me out",
        "yes that is right", "no that is not my address", "I want to upgrade my plan", "how much do I owe",
        "please send me the invoice by email", "I lost my card", "when does my contract end",
    ],
    "es": [
        "hola quiero saber mi saldo", "me cobraron dos veces este mes", "puedo cambiar la fecha de pago",
        "quiero cancelar mi suscripción", "mi tarjeta fue rechazada ayer", "cuánto cuesta el pago atrasado",
        "todavía no recibí el reembolso", "quiero hablar con una persona", "la aplicación me cierra la sesión",
        "sí es correcto", "no esa no es mi dirección", "quiero mejorar mi plan", "cuánto debo",
        "envíeme la factura por correo", "perdí mi tarjeta", "cuándo termina mi contrato",
    ],
    "de": [
        "hallo ich möchte meinen kontostand wissen", "mir wurde zweimal abgebucht", "kann ich das zahlungsdatum ändern",
        "ich möchte mein abo kündigen", "meine karte wurde gestern abgelehnt", "was kostet eine verspätete zahlung",
        "ich habe die erstattung noch nicht", "ich möchte mit einem menschen sprechen", "die app meldet mich ständig ab",
        "ja das stimmt", "nein das ist nicht meine adresse", "ich möchte meinen tarif wechseln", "wie viel schulde ich",
        "bitte schicken sie mir die rechnung per mail", "ich habe meine karte verloren", "wann endet mein vertrag",
    ],
}

GREETING = {
    "en": "Hi, you are speaking with the Contoso assistant. How can I help?",
    "es": "Hola, habla con el asistente de Contoso. ¿En qué le puedo ayudar?",
    "de": "Hallo, hier ist der Contoso-Assistent. Wie kann ich helfen?",
}

# Agent replies (their length is what TTS costs); True marks one that opens with an amount or a date.
AGENT = {
    "en": [("Your balance is 45 dollars and 90 cents.", True), ("On May 3 we received two payments of 19.99.", True),
           ("I can help with that.", False), ("Let me look at your account.", False),
           ("I have sent the invoice to your email.", False), ("I am connecting you with a colleague now.", False),
           ("Could you confirm your postcode?", False), ("The late fee is waived this time.", False),
           ("Your card is blocked and a new one is on its way.", False), ("Is there anything else?", False)],
    "es": [("Su saldo es de 45,90 euros.", True), ("El 3 de mayo recibimos dos pagos de 19,99.", True),
           ("Con gusto le ayudo.", False), ("Déjeme revisar su cuenta.", False),
           ("Le envié la factura a su correo.", False), ("Le paso con un compañero ahora.", False),
           ("¿Me confirma su código postal?", False), ("Esta vez no le cobramos el recargo.", False),
           ("Su tarjeta está bloqueada y le enviamos una nueva.", False), ("¿Algo más en que le pueda ayudar?", False)],
    "de": [("Ihr Kontostand beträgt 45,90 Euro.", True), ("Am 3. Mai kamen zwei Zahlungen über 19,99 an.", True),
           ("Dabei helfe ich gern.", False), ("Ich sehe mir Ihr Konto an.", False),
           ("Ich habe die Rechnung an Ihre E-Mail geschickt.", False), ("Ich verbinde Sie jetzt mit einem Kollegen.", False),
           ("Können Sie Ihre Postleitzahl bestätigen?", False), ("Die Mahngebühr erlassen wir diesmal.", False),
           ("Ihre Karte ist gesperrt, eine neue ist unterwegs.", False), ("Kann ich sonst noch helfen?", False)],
}

ASR_WORD_ERROR = {"en": 0.05, "es": 0.07, "de": 0.07}
ABANDON = {"en": 0.12, "es": 0.12, "de": 0.12}
HANDOFF = {"en": 0.11, "es": 0.12, "de": 0.10}


def lognormal(rng, median, sigma):
    return median * math.exp(rng.gauss(0.0, sigma))


def recognise(rng, words, error_rate, vocabulary):
    """What ASR hears: each word kept, substituted, dropped, or kept with a word inserted after it."""
    out = []
    for word in words:
        roll = rng.random()
        if roll < error_rate * 0.6:
            out.append(rng.choice(vocabulary))
        elif roll < error_rate * 0.85:
            continue
        else:
            out.append(word)
            if roll > 1 - error_rate * 0.15:
                out.append(rng.choice(vocabulary))
    return " ".join(out)


def simulate(rng, call_id, lang):
    """One call, replayed with both voices: (baseline lines, canary lines)."""
    channel = "phone" if rng.random() < PHONE_SHARE else "app"
    slices = [f"lang:{lang}", f"channel:{channel}"]
    line_delay = lognormal(rng, 1.0, 0.15)  # the caller's network and region
    impatience = lognormal(rng, 1.0, 0.5)  # some callers hang up sooner than others
    vocabulary = sorted({word for text in CALLER[lang] for word in text.split()})
    error_rate = ASR_WORD_ERROR[lang] + (0.03 if channel == "phone" else 0.0)

    sides = {"baseline": [], "canary": []}
    dead_air = []  # seconds the caller waited longer with v4 than with v3, per late turn
    for turn in range(1, rng.randint(*TURNS) + 1):
        caller = None if turn == 1 else rng.choice(CALLER[lang])
        heard = None if caller is None else recognise(rng, caller.split(), error_rate, vocabulary)
        reply, opens_with_number = (GREETING[lang], False) if caller is None else rng.choice(AGENT[lang])
        brain_ms = (lognormal(rng, 300, 0.25) if caller else 0.0) + lognormal(rng, 650, 0.45)
        audio_s = 0.0 if caller is None else 0.4 * len(caller.split()) + rng.uniform(0.3, 1.2)
        llm_usd = rng.uniform(*LLM_USD_PER_TURN)
        voice_ms = 150 * line_delay * math.exp(rng.gauss(0.0, 0.30)) + (40 if channel == "phone" else 0)
        timed_out = rng.random() < 0.006
        barge_in = rng.random() < (0.07 + (0.02 if channel == "phone" else 0.0))

        for side in ("baseline", "canary"):
            hypothesis = heard
            if side == "canary":
                brain_ms *= math.exp(rng.gauss(0.0, 0.12))  # the same ASR and LLM, another run
                voice_ms *= math.exp(rng.gauss(0.0, 0.08))
                slow = lang == "es" and opens_with_number
                if slow:
                    late_ms = rng.uniform(1000, 2400)  # the Spanish front end reads the whole first sentence first
                    voice_ms += late_ms
                    dead_air.append(late_ms / 1000)
                elif lang != "es":
                    voice_ms *= 0.85  # v4 streams its first chunk sooner
                timed_out = (timed_out and rng.random() < 0.5) or rng.random() < (0.08 if slow else 0.002)
                base_barge_in = barge_in
                barge_in = barge_in if rng.random() < 0.8 else rng.random() < 0.08
                if slow and not barge_in:
                    barge_in = rng.random() < 0.08  # "hello?" into the silence
                if caller is not None and (barge_in or base_barge_in):
                    # The agent's own voice leaks into the caller's microphone when they talk over it.
                    hypothesis = recognise(rng, caller.split(), error_rate, vocabulary)

            tts_chars = len(reply) * (2 if timed_out else 1)  # a timeout is spoken again by the backup voice
            line = {"id": f"{call_id}-t{turn}", "group": call_id, "slices": slices}
            if caller is not None:
                line["reference"] = caller
                line["hypothesis"] = hypothesis
            line["measures"] = {
                "first_audio_byte_ms": math.inf if timed_out else round(voice_ms),
                "turn_latency_ms": round(brain_ms),
                "barge_in": barge_in,
                "cost_usd": round(audio_s * ASR_USD_PER_SECOND + llm_usd + tts_chars * TTS_USD_PER_CHAR[side], 6),
            }
            sides[side].append(line)

    # Per call, on the last turn: did the agent hand the call over to a human, or did the caller hang up first?
    abandoned = rng.random() < min(0.9, ABANDON[lang] * impatience)
    handoff = not abandoned and rng.random() < HANDOFF[lang]
    if lang == "es":
        # Dead air: every late start is another chance to hang up, the longer and the more impatient the likelier.
        stays = math.prod(1 - min(0.95, 0.8 * seconds * impatience) for seconds in dead_air)
        canary_abandoned = rng.random() > stays or abandoned
    else:
        # A voice callers prefer keeps some of the callers who would have hung up.
        kept, new = rng.random() < 0.62, rng.random() < 0.003
        canary_abandoned = (abandoned and kept) or new
    canary_handoff = not canary_abandoned and (handoff if rng.random() < 0.9 else rng.random() < HANDOFF[lang])
    for side, side_abandoned, side_handoff in (("baseline", abandoned, handoff), ("canary", canary_abandoned, canary_handoff)):
        sides[side][-1]["measures"]["handoff"] = side_handoff
        sides[side][-1]["measures"]["abandoned"] = side_abandoned
    return sides["baseline"], sides["canary"]


def main():
    rng = random.Random(SEED)
    languages = [lang for lang, count in CALLS.items() for _ in range(count)]
    rng.shuffle(languages)
    shards = {side: {lang: [] for lang in CALLS} for side in ("baseline", "canary")}
    for number, lang in enumerate(languages, start=1):
        baseline, canary = simulate(rng, f"call-{number:04d}", lang)
        shards["baseline"][lang].extend(baseline)
        shards["canary"][lang].extend(canary)

    here = pathlib.Path(__file__).resolve().parent
    for side, by_language in shards.items():
        (here / side).mkdir(exist_ok=True)
        for lang, lines in by_language.items():
            # json.dumps writes a timeout as a bare Infinity, as every Python evaluation script does.
            text = "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines)
            (here / side / f"{lang}.jsonl").write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
