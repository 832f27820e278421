"""The phrase banks the notes are composed from, in English and Spanish, with the
thought records, substances, medication words and appointment text."""

from __future__ import annotations

from datetime import datetime

from counselor_desk.domain.records import Language, Medication, SessionKind

# -- phrase banks --------------------------------------------------------------------------

_Bank = dict[str, tuple[str, ...]]

_EN: _Bank = {
    "trigger": (
        "in the late afternoon after work",
        "on payday",
        "when alone at night",
        "after arguments at home",
        "when driving past the old neighborhood",
        "when running into old friends",
        "when worried about money",
        "on weekends with nothing planned",
        "when back pain flares",
        "after a bad night's sleep",
    ),
    "coping": (
        "urge surfing",
        "calling a sponsor",
        "a walk around the block",
        "slow breathing (4 in, 6 out)",
        "playing the tape forward",
        "texting a peer from group",
        "leaving the situation",
        "cold water on the face",
        "reading a list of reasons for recovery",
        "going to an extra meeting",
    ),
    "mood": (
        "okay",
        "stressed",
        "pretty good",
        "tired but hopeful",
        "anxious",
        "better than last week",
        "frustrated",
    ),
    "affect": (
        "congruent with mood",
        "bright",
        "mildly anxious",
        "constricted at first, brighter by the end",
        "tired",
    ),
    "appearance": (
        "casually dressed and well groomed",
        "appeared tired",
        "good eye contact, calm",
        "fidgety at the start, settled quickly",
    ),
    "arrival": ("on time", "10 minutes early", "5 minutes late (bus delay)", "on time"),
    "life": (
        "Picked up extra shifts at work this week.",
        "Car trouble; a neighbor gave a ride to the clinic.",
        "Reconnected with an aunt by phone.",
        "A court date next month is a source of stress.",
        "Sleeping better, about 7 hours most nights.",
        "Money is tight; rent is due Friday.",
        "Started walking in the mornings.",
        "Had a hard talk with a sibling about past use.",
        "Went to a child's school event, the first in a year.",
    ),
    "change_talk": (
        "I want to be there for my kids.",
        "I'm tired of chasing it every day.",
        "I don't want to go back to how it was.",
        "My job matters to me now.",
        "I want my family to trust me again.",
        "I feel like myself again on the medication.",
        "I can do hard things.",
    ),
    "homework": (
        "one thought record on a craving moment",
        "a list of three people to call when cravings rise",
        "urge surfing practice for 5 minutes a day",
        "update the relapse prevention plan",
        "fill in the decisional balance worksheet",
        "write down one non-using win each day",
    ),
    "peer_topic": (
        "handling comments at work about being on medication",
        "finding a sponsor",
        "getting an ID and applying for food assistance",
        "building a daily routine",
        "going to a first SMART Recovery meeting together",
        "speaking up at a doctor's visit",
    ),
    "peer_share": (
        "the first months on medication",
        "finding meetings that fit",
        "what helped after a slip",
        "rebuilding a work history",
    ),
    "family_topic": (
        "CRAFT-informed communication: 'I' statements and noticing non-using days",
        "house rules and a plan for what happens after a slip",
        "how family can support the medication without policing it",
        "rebuilding trust through small promises kept",
    ),
    "group_topic": (
        "relapse prevention: early warning signs",
        "coping with cravings: urge surfing",
        "naloxone and overdose response",
        "stigma and MAT: answering 'you're just replacing one drug'",
        "sleep and recovery",
        "healthy boundaries with people still using",
        "building a support network",
    ),
    "participation": (
        "shared a recent craving and how it passed",
        "listened most of the session and spoke once near the end",
        "gave support to a newer member",
        "talked openly about stigma at the pharmacy",
        "brought up a question about take-home safety",
    ),
    "stage": ("preparation", "action", "maintenance"),
    "barrier": ("worked late", "had no ride", "felt too tired"),
    "mi_topic": (
        "what recovery makes possible",
        "the good and not-so-good things about quitting smoking",
        "going back to school",
        "staying on medication long term",
    ),
    "protective": (
        "kids, job and a faith community",
        "a supportive partner and steady work",
        "pets and a close friend in recovery",
        "family contact and weekly meetings",
    ),
    "observed": ("observed", "unobserved"),
    # sentences
    "s_craving": (
        "{name} reports cravings at {craving}/10 this week, strongest {trigger}.",
        "Cravings rated {craving}/10 (last visit {prev_craving}/10); main trigger named: "
        "{trigger}.",
        "{name} describes cravings around {craving}/10, mostly {trigger}.",
        "Says cravings were {craving}/10 at their worst this week, {trigger}.",
    ),
    "s_coping": (
        "When cravings rose, {name} tried {coping} and says it helped.",
        "Tried {coping} twice this week; it helped once, less the second time.",
        "Says {coping} is the skill that works best right now.",
    ),
    "s_support": (
        "Went to {meetings} {meeting} meetings this week.",
        "Attended {meeting} {meetings} times and talked with a sponsor or peer after.",
        "Missed {meeting} this week ({barrier}); plans to go Monday.",
    ),
    "s_quote": ('In {name}\'s words: "{change_talk}"', 'Change talk: "{change_talk}"'),
    "s_slip": (
        "{name} disclosed using {substance} once last week, {trigger}; was not alone and "
        "says it felt like a wake-up call. Talked about it openly.",
    ),
    "s_objective": (
        'Arrived {arrival}; alert and oriented, {appearance}. Mood "{mood}"; affect {affect}.',
        "{name} arrived {arrival}, {appearance}; speech normal in rate and volume. "
        'Mood "{mood}"; affect {affect}.',
    ),
    "s_uds": ("Urine drug screen ({observed}): {expected}negative for {negatives}.",),
    "s_uds_slip": (
        "Urine drug screen ({observed}): {expected}positive for {substance}; negative for "
        "the rest of the panel.",
    ),
    "s_uds_refused": (
        "Declined the urine drug screen today; recorded as refused and talked through without "
        "judgment.",
    ),
    "s_take_home_check": (
        "Take-home bottles returned and counted: correct.",
        "Lockbox shown; take-home bottles counted and correct.",
    ),
    "s_assess": (
        "{name} is in the {stage} stage for the goal to {goal}; {progress}.",
        "Progress toward the goal to {goal}: {progress}.",
    ),
    "progress": (
        "steady progress",
        "partial progress; cravings {trigger} remain the main barrier",
        "objective met this month",
        "early progress, still building routines",
    ),
    "s_assess_med": (
        "Dose appears adequate (no withdrawal, cravings {craving}/10).",
        "Medication is helping; no side effects reported beyond mild constipation.",
    ),
    "s_assess_slip": (
        "The slip seems tied to moments {trigger}; it does not mean treatment failed, and "
        "{name} came back and told the truth.",
    ),
    "s_interv": (
        "Motivational interviewing: open questions and reflections on {mi_topic}; readiness "
        "ruler importance {importance}/10, confidence {confidence}/10.",
        'CBT thought record on {situation}: hot thought "{hot}" (belief {belief1}%); '
        'balanced thought "{balanced}" (belief {belief2}%).',
        "Practiced {coping} in session and planned for cravings {trigger}.",
        "Reviewed overdose response; confirmed {name} carries naloxone (kit expires "
        "{naloxone_expiry}).",
        "Contingency management: screen negative for target substances, {draws} prize draws "
        "earned.",
    ),
    "s_response": (
        "{name} engaged well and named two skills to use this week.",
        "Receptive; belief in the hot thought dropped from {belief1}% to {belief2}% by the end.",
        "Some ambivalence about {mi_topic}; agreed to think it over.",
        "Agreed to the plan and set a phone reminder.",
        "Quiet at first, more open by the end; said it helped not to feel judged.",
    ),
    "s_plan": (
        "Continue weekly sessions and {meeting} ({meetings_goal} a week). Homework: {homework}.",
        "Homework: {homework}. {med_plan}",
        "Keep up {meeting} attendance; practice {coping} daily. {med_plan}",
    ),
    "s_goal": (
        "Worked on objective {objective}, toward the goal to {goal}.",
        "Treatment plan objective {objective} (goal: {goal}).",
    ),
    "s_group": ("Group session on {group_topic}. {name} {participation}.",),
    "s_group_interv": (
        "Psychoeducation and guided discussion on {group_topic}; practiced {coping} as a group.",
        "Group CBT: members built a trigger-and-plan list; discussion of {group_topic}.",
    ),
    "s_group_response": (
        "{name} said the topic was useful and named one idea to try: {coping}.",
        "{name} took part in the exercise and asked a good question about {group_topic}.",
    ),
    "s_group_plan": (
        "Continue weekly group and individual sessions.",
        "Continue group; bring the trigger list to the next individual session.",
    ),
    "s_family": ("Family session with {family}. Worked on {family_topic}.",),
    "s_family_interv": (
        "CRAFT-informed coaching; role-played a calm conversation at home.",
        "Psychoeducation on how the medication works and why it is not 'trading one drug "
        "for another'.",
    ),
    "s_family_response": (
        "{family} agreed to notice and praise non-using days.",
        "Both spoke openly; {name} said it was the first calm talk about recovery in months.",
    ),
    "s_family_plan": (
        "Family session again in 4 weeks; {name} continues individual sessions.",
        "Family to practice one 'I' statement a day; review at next family session.",
    ),
    "s_phone": (
        "Phone check-in ({minutes} min). {name} reports cravings {craving}/10. {med} {coping} "
        "No safety concerns raised. Reminded of next appointment.",
        "Brief call ({minutes} min) between sessions. {med} Cravings {craving}/10, {trigger}. "
        "{coping} Plans to attend {meeting} this week.",
    ),
    "s_peer": (
        "Peer support meeting. {name} talked about {peer_topic}. Peer specialist shared "
        "lived experience of {peer_share}.",
        "Met at the community center. Worked on {peer_topic}; {name} set one step to take "
        "before next week.",
    ),
    "s_peer_goal": (
        "Build a recovery support network.",
        "Reach resources and speak up for oneself.",
    ),
    "s_peer_response": (
        "{name} was open and said having someone who has been there helps.",
        "{name} followed through on last week's step and picked a new one.",
    ),
    "s_peer_plan": (
        "Meet again in two weeks; text check-in midweek.",
        "Go together to {meeting} next week.",
    ),
    "r_self_harm": (
        "Denies suicidal thoughts, intent or plan. Knows to call or text 988.",
        "Denies thoughts of self-harm. Has 988 saved in phone.",
        "No thoughts of self-harm reported; protective factors: {protective}.",
    ),
    "r_self_harm_concern": (
        "Reports passive thoughts of not wanting to wake up on two nights this week; denies "
        "plan or intent. Safety plan reviewed and updated; 988 in phone; phone check-in in "
        "2 days.",
    ),
    "r_overdose_agonist": (
        "Carries naloxone (kit expires {naloxone_expiry}); reviewed never using alone.",
        "Low current overdose risk on a stable dose; naloxone at home and family knows where.",
    ),
    "r_overdose_antagonist": (
        "Reviewed loss of tolerance on naltrexone: using opioids after a missed dose carries "
        "high overdose risk. Naloxone at home.",
    ),
    "r_overdose_alcohol": (
        "Reviewed the risk of mixing alcohol with sleep medicines; no opioid use reported.",
    ),
    "r_overdose_slip": (
        "Recent {substance} use raises overdose risk: reviewed never using alone, test "
        "strips and naloxone.",
    ),
    "uds_negatives": ("fentanyl, other opioids, cocaine, methamphetamine and benzodiazepines",),
    "uds_negatives_alcohol": ("alcohol (EtG), opioids, cocaine and benzodiazepines",),
    "med_plan_bup_film": ("Continue buprenorphine as prescribed; next refill with {prescriber}.",),
    "med_plan_bup_xr": ("Next buprenorphine injection due with {prescriber}.",),
    "med_plan_methadone": ("Continue methadone; take-home review at the next team meeting.",),
    "med_plan_ntx_pill": ("Continue naltrexone daily.",),
    "med_plan_ntx_inj": ("Next naltrexone injection in 4 weeks with {prescriber}.",),
    "med_bup_film": (
        "Taking buprenorphine {dose} film daily as prescribed; no missed doses.",
        "Buprenorphine {dose} film: missed one dose Saturday, no withdrawal.",
        "Says buprenorphine {dose} keeps withdrawal away until the next dose.",
    ),
    "med_bup_xr": (
        "Monthly buprenorphine injection ({dose}) is working; no withdrawal between doses.",
        "Injection site from the last buprenorphine shot ({dose}) healed without problems.",
    ),
    "med_methadone": (
        "Doses at the clinic each morning, methadone {dose}; {take_home_text} this week, "
        "kept in the lockbox.",
        "Methadone {dose}: no missed clinic days; {take_home_text}, used as directed.",
    ),
    "med_ntx_pill": (
        "Taking naltrexone {dose} each morning; partner sees the dose most days.",
        "Naltrexone {dose} daily: missed one day, restarted without problems.",
    ),
    "med_ntx_inj": (
        "Had the monthly naltrexone injection ({dose}); mild soreness at the site for two days.",
        "Naltrexone injection ({dose}) on schedule; says cravings are quieter since starting.",
    ),
}

_ES: _Bank = {
    "trigger": (
        "al final de la tarde después del trabajo",
        "el día de pago",
        "cuando está a solas en la noche",
        "después de discusiones en casa",
        "al pasar por el barrio de antes",
        "al encontrarse con amistades de antes",
        "cuando le preocupa el dinero",
        "los fines de semana sin planes",
        "cuando le duele la espalda",
        "después de dormir mal",
    ),
    "coping": (
        "surfear el impulso",
        "llamar a su padrino o madrina",
        "salir a caminar",
        "respiración lenta (4 al inhalar, 6 al exhalar)",
        "pensar en cómo termina la historia",
        "mandar un mensaje a alguien del grupo",
        "retirarse de la situación",
        "agua fría en la cara",
        "leer su lista de razones para la recuperación",
    ),
    "mood": (
        "más o menos",
        "con estrés",
        "bastante bien",
        "con cansancio pero con esperanza",
        "con ansiedad",
        "mejor que la semana pasada",
    ),
    "affect": (
        "congruente con el ánimo",
        "alegre",
        "con algo de ansiedad",
        "restringido al inicio, más expresivo al final",
    ),
    "appearance": (
        "ropa casual y buen arreglo personal",
        "con aspecto de cansancio",
        "buen contacto visual, en calma",
        "inquietud al inicio, se tranquilizó pronto",
    ),
    "arrival": ("a tiempo", "10 minutos antes", "5 minutos tarde (retraso del autobús)"),
    "life": (
        "Hizo turnos extra en el trabajo esta semana.",
        "Problemas con el carro; un vecino le llevó a la clínica.",
        "Retomó el contacto con una tía por teléfono.",
        "Una cita en la corte el próximo mes le causa estrés.",
        "Duerme mejor, unas 7 horas casi todas las noches.",
        "El dinero está justo; la renta vence el viernes.",
        "Empezó a caminar por las mañanas.",
        "Fue a un evento escolar de su hija, el primero en un año.",
    ),
    "change_talk": (
        "Quiero estar presente para mis hijos.",
        "Ya me cansé de vivir así todos los días.",
        "No quiero volver a como estaba antes.",
        "Mi trabajo ahora me importa.",
        "Quiero que mi familia vuelva a confiar en mí.",
        "Con el medicamento me siento yo otra vez.",
        "Puedo hacer cosas difíciles.",
    ),
    "homework": (
        "un registro de pensamientos sobre un momento de deseo de consumir",
        "una lista de tres personas a quienes llamar cuando suban las ganas",
        "practicar surfear el impulso 5 minutos al día",
        "actualizar el plan de prevención de recaídas",
        "llenar la hoja de balance de decisiones",
        "anotar cada día un logro sin consumo",
    ),
    "peer_topic": (
        "cómo responder a comentarios en el trabajo sobre el medicamento",
        "buscar un padrino o madrina",
        "sacar una identificación y solicitar ayuda para alimentos",
        "armar una rutina diaria",
        "ir a una primera reunión en español",
        "cómo hablar con su médico y hacer preguntas",
    ),
    "peer_share": (
        "los primeros meses con el medicamento",
        "encontrar reuniones que le queden bien",
        "lo que le ayudó después de un desliz",
    ),
    "family_topic": (
        "comunicación basada en CRAFT: mensajes en primera persona y notar los días sin consumo",
        "reglas de la casa y un plan para qué hacer después de un desliz",
        "cómo la familia puede apoyar el medicamento sin vigilarlo",
        "reconstruir la confianza con promesas pequeñas cumplidas",
    ),
    "group_topic": (
        "prevención de recaídas: señales de alerta temprana",
        "manejo del deseo de consumir: surfear el impulso",
        "naloxona y respuesta a una sobredosis",
        "estigma y tratamiento con medicamentos: 'solo cambias una droga por otra'",
        "el sueño y la recuperación",
        "límites sanos con personas que todavía consumen",
    ),
    "participation": (
        "compartió un momento reciente de deseo de consumir y cómo pasó",
        "escuchó casi toda la sesión y habló una vez al final",
        "dio apoyo a una persona nueva en el grupo",
        "habló abiertamente del estigma en la farmacia",
    ),
    "stage": ("preparación", "acción", "mantenimiento"),
    "barrier": ("salió tarde del trabajo", "no tuvo transporte", "tenía demasiado cansancio"),
    "mi_topic": (
        "lo que la recuperación le hace posible",
        "lo bueno y lo no tan bueno de dejar de fumar",
        "volver a estudiar",
        "seguir con el medicamento a largo plazo",
    ),
    "protective": (
        "sus hijos, su trabajo y su comunidad de fe",
        "el apoyo de su familia y un trabajo estable",
        "su mascota y una amistad en recuperación",
    ),
    "observed": ("observado", "no observado"),
    "s_craving": (
        "{name} refiere deseo de consumir de {craving}/10 esta semana, más fuerte {trigger}.",
        "Deseo de consumir {craving}/10 (visita anterior {prev_craving}/10); detonante "
        "principal: {trigger}.",
        "{name} describe ganas de consumir alrededor de {craving}/10, sobre todo {trigger}.",
    ),
    "s_coping": (
        "Usó {coping} cuando subieron las ganas y dice que le ayudó.",
        "Intentó {coping} dos veces esta semana; le ayudó una vez y menos la segunda.",
        "Dice que {coping} es la habilidad que mejor le funciona ahora.",
    ),
    "s_support": (
        "Fue a {meetings} reuniones de {meeting} esta semana.",
        "Asistió a {meeting} {meetings} veces y habló con alguien de su grupo después.",
        "No fue a {meeting} esta semana ({barrier}); piensa ir el lunes.",
    ),
    "s_quote": ('En palabras de {name}: "{change_talk}"', 'Lenguaje de cambio: "{change_talk}"'),
    "s_slip": (
        "{name} contó que consumió {substance} una vez la semana pasada, {trigger}; no estaba "
        "a solas y dice que fue una llamada de atención. Habló de ello con honestidad.",
    ),
    "s_objective": (
        "Llegó {arrival}; alerta y con orientación conservada, {appearance}. Ánimo: "
        '"{mood}"; afecto {affect}.',
        "{name} llegó {arrival}, {appearance}; habla de ritmo y volumen normales. Ánimo: "
        '"{mood}"; afecto {affect}.',
    ),
    "s_uds": ("Examen de orina ({observed}): {expected}negativo para {negatives}.",),
    "s_uds_slip": (
        "Examen de orina ({observed}): {expected}positivo para {substance}; negativo para el "
        "resto del panel.",
    ),
    "s_uds_refused": (
        "No quiso dar la muestra de orina hoy; se registró como rechazada y lo hablamos sin "
        "juzgar.",
    ),
    "s_take_home_check": (
        "Se contaron los frascos de las dosis para llevar: correcto.",
        "Mostró la caja con llave; frascos de dosis para llevar contados y correctos.",
    ),
    "s_assess": (
        "{name} está en la etapa de {stage} respecto a la meta de {goal}; {progress}.",
        "Avance hacia la meta de {goal}: {progress}.",
    ),
    "progress": (
        "avance constante",
        "avance parcial; el deseo de consumir {trigger} sigue siendo la barrera principal",
        "objetivo cumplido este mes",
        "avance inicial, todavía construye rutinas",
    ),
    "s_assess_med": (
        "La dosis parece adecuada (sin abstinencia, deseo de consumir {craving}/10).",
        "El medicamento le ayuda; no refiere efectos secundarios salvo estreñimiento leve.",
    ),
    "s_assess_slip": (
        "El desliz parece ligado a momentos {trigger}; no significa que el tratamiento "
        "fracasó, y {name} regresó y dijo la verdad.",
    ),
    "s_interv": (
        "Entrevista motivacional: preguntas abiertas y reflejos sobre {mi_topic}; regla de "
        "disposición: importancia {importance}/10, confianza {confidence}/10.",
        'Registro de pensamientos (TCC) sobre {situation}: pensamiento caliente "{hot}" '
        '(creencia {belief1}%); pensamiento equilibrado "{balanced}" (creencia {belief2}%).',
        "Practicamos {coping} en la sesión y planeamos qué hacer ante el deseo de consumir "
        "{trigger}.",
        "Repasamos cómo responder a una sobredosis; {name} confirma que lleva naloxona "
        "(vence {naloxone_expiry}).",
        "Manejo de contingencias: examen negativo para las sustancias objetivo; ganó {draws} "
        "sorteos de premios.",
    ),
    "s_response": (
        "{name} participó bien y nombró dos habilidades para usar esta semana.",
        "Buena receptividad; la creencia en el pensamiento caliente bajó de {belief1}% a "
        "{belief2}% al final.",
        "Algo de ambivalencia sobre {mi_topic}; acordó pensarlo.",
        "Aceptó el plan y puso un recordatorio en su teléfono.",
        "Al principio habló poco, al final se abrió más; dijo que le ayudó sentir que no se le "
        "juzgaba.",
    ),
    "s_plan": (
        "Continuar sesiones semanales y {meeting} ({meetings_goal} por semana). Tarea: {homework}.",
        "Tarea: {homework}. {med_plan}",
        "Mantener la asistencia a {meeting}; practicar {coping} a diario. {med_plan}",
    ),
    "s_goal": (
        "Trabajamos el objetivo {objective}, hacia la meta de {goal}.",
        "Objetivo {objective} del plan de tratamiento (meta: {goal}).",
    ),
    "s_group": ("Sesión de grupo sobre {group_topic}. {name} {participation}.",),
    "s_group_interv": (
        "Psicoeducación y conversación guiada sobre {group_topic}; practicamos {coping} en grupo.",
        "TCC en grupo: cada participante armó una lista de detonantes y planes; conversación "
        "sobre {group_topic}.",
    ),
    "s_group_response": (
        "{name} dijo que el tema le sirvió y nombró una idea para probar: {coping}.",
        "{name} participó en el ejercicio e hizo una buena pregunta sobre {group_topic}.",
    ),
    "s_group_plan": (
        "Continuar grupo semanal y sesiones individuales.",
        "Continuar grupo; traer la lista de detonantes a la próxima sesión individual.",
    ),
    "s_family": ("Sesión familiar con {family}. Trabajamos en {family_topic}.",),
    "s_family_interv": (
        "Orientación basada en CRAFT; ensayo de una conversación tranquila en casa.",
        "Psicoeducación sobre cómo funciona el medicamento y por qué no es 'cambiar una droga "
        "por otra'.",
    ),
    "s_family_response": (
        "{family} acordó notar y reconocer los días sin consumo.",
        "Hablaron con apertura; {name} dijo que fue la primera conversación tranquila sobre la "
        "recuperación en meses.",
    ),
    "s_family_plan": (
        "Sesión familiar de nuevo en 4 semanas; {name} sigue con sesiones individuales.",
        "La familia practicará un mensaje en primera persona al día; revisar en la próxima "
        "sesión familiar.",
    ),
    "s_phone": (
        "Llamada de seguimiento ({minutes} min). {name} refiere deseo de consumir "
        "{craving}/10. {med} {coping} No se reportan problemas de seguridad. Se le recordó su "
        "próxima cita.",
        "Llamada breve ({minutes} min) entre sesiones. {med} Deseo de consumir {craving}/10, "
        "{trigger}. {coping} Piensa ir a {meeting} esta semana.",
    ),
    "s_peer": (
        "Reunión de apoyo entre pares. {name} habló de {peer_topic}. El especialista de pares "
        "compartió su experiencia sobre {peer_share}.",
        "Nos reunimos en el centro comunitario. Trabajamos en {peer_topic}; {name} eligió un "
        "paso para dar antes de la próxima semana.",
    ),
    "s_peer_goal": (
        "Ampliar su red de apoyo para la recuperación.",
        "Acceder a recursos y aprender a defender sus propios intereses.",
    ),
    "s_peer_response": (
        "{name} habló con apertura y dijo que le ayuda hablar con alguien que ha pasado por "
        "lo mismo.",
        "{name} cumplió el paso de la semana pasada y eligió uno nuevo.",
    ),
    "s_peer_plan": (
        "Reunirnos de nuevo en dos semanas; mensaje de seguimiento a mitad de semana.",
        "Ir juntos a una reunión de {meeting} la próxima semana.",
    ),
    "r_self_harm": (
        "Niega pensamientos, intención o plan suicida. Sabe llamar o mandar mensaje al 988 "
        "(opción en español).",
        "Niega pensamientos de autolesión. Tiene el 988 guardado en su teléfono.",
        "No refiere pensamientos de autolesión; factores de protección: {protective}.",
    ),
    "r_self_harm_concern": (
        "Refiere pensamientos pasivos de no querer despertar dos noches esta semana; niega "
        "plan o intención. Se revisó y actualizó el plan de seguridad; 988 en su teléfono; "
        "llamada de seguimiento en 2 días.",
    ),
    "r_overdose_agonist": (
        "Lleva naloxona (vence {naloxone_expiry}); repasamos no consumir a solas.",
        "Riesgo de sobredosis bajo con dosis estable; naloxona en casa y su familia sabe dónde "
        "está.",
    ),
    "r_overdose_antagonist": (
        "Repasamos la pérdida de tolerancia con naltrexona: consumir opioides después de una "
        "dosis perdida tiene alto riesgo de sobredosis. Naloxona en casa.",
    ),
    "r_overdose_alcohol": (
        "Repasamos el riesgo de mezclar alcohol con medicamentos para dormir; no refiere "
        "consumo de opioides.",
    ),
    "r_overdose_slip": (
        "El consumo reciente de {substance} aumenta el riesgo de sobredosis: repasamos no "
        "consumir a solas, tiras de prueba y naloxona.",
    ),
    "uds_negatives": ("fentanilo, otros opioides, cocaína, metanfetamina y benzodiacepinas",),
    "uds_negatives_alcohol": ("alcohol (EtG), opioides, cocaína y benzodiacepinas",),
    "med_plan_bup_film": (
        "Continuar buprenorfina según lo indicado; próxima receta con {prescriber}.",
    ),
    "med_plan_bup_xr": ("Próxima inyección de buprenorfina con {prescriber}.",),
    "med_plan_methadone": (
        "Continuar metadona; revisión de dosis para llevar en la próxima reunión del equipo.",
    ),
    "med_plan_ntx_pill": ("Continuar naltrexona diaria.",),
    "med_plan_ntx_inj": ("Próxima inyección de naltrexona en 4 semanas con {prescriber}.",),
    "med_bup_film": (
        "Toma buprenorfina {dose} (película sublingual) a diario según lo indicado; sin dosis "
        "perdidas.",
        "Buprenorfina {dose}: olvidó una dosis el sábado, sin síntomas de abstinencia.",
    ),
    "med_bup_xr": (
        "La inyección mensual de buprenorfina ({dose}) le funciona; sin abstinencia entre dosis.",
    ),
    "med_methadone": (
        "Recibe metadona {dose} en la clínica cada mañana; {take_home_text} esta semana, "
        "guardadas en la caja con llave.",
        "Metadona {dose}: no faltó ningún día a la clínica; {take_home_text}, usadas como se "
        "indicó.",
    ),
    "med_ntx_pill": (
        "Toma naltrexona {dose} cada mañana; su pareja ve la dosis casi todos los días.",
        "Naltrexona {dose} diaria: olvidó un día y la retomó sin problema.",
    ),
    "med_ntx_inj": (
        "Recibió la inyección mensual de naltrexona ({dose}); dolor leve en el sitio por dos días.",
    ),
}

_BANKS: dict[Language, _Bank] = {Language.ENGLISH: _EN, Language.SPANISH: _ES}

# (situation, hot thought, balanced thought) for CBT thought records.
_THOUGHTS: dict[Language, tuple[tuple[str, str, str], ...]] = {
    Language.ENGLISH: (
        (
            "a coworker asking why the client leaves early for the clinic",
            "Everyone will find out and judge me.",
            "Most people don't know or care; my treatment is private and I'm doing the right "
            "thing.",
        ),
        (
            "a missed call from mom",
            "She's given up on me.",
            "She may have been busy; she came to the family session last month.",
        ),
        (
            "a craving on payday",
            "Just once won't matter.",
            "Once has never been just once for me.",
        ),
        (
            "a slip mentioned in group check-in",
            "I've ruined everything.",
            "A slip is information, not the end; I came back and told the truth.",
        ),
        (
            "a late bus making the client late for work",
            "Nothing ever works out for me.",
            "It was one bad morning; I called ahead and it was fine.",
        ),
    ),
    Language.SPANISH: (
        (
            "una compañera de trabajo que preguntó por qué sale temprano para la clínica",
            "Todos se van a enterar y me van a juzgar.",
            "La mayoría no sabe ni le importa; mi tratamiento es privado y estoy haciendo lo "
            "correcto.",
        ),
        (
            "una llamada perdida de su mamá",
            "Ya se rindió conmigo.",
            "Tal vez estaba ocupada; vino a la sesión familiar el mes pasado.",
        ),
        (
            "el deseo de consumir el día de pago",
            "Una vez no importa.",
            "Para mí una vez nunca ha sido solo una vez.",
        ),
        (
            "un desliz comentado en el grupo",
            "Lo eché todo a perder.",
            "Un desliz es información, no el final; regresé y dije la verdad.",
        ),
        (
            "llegar tarde al trabajo por el autobús",
            "Nada me sale bien.",
            "Fue una mañana difícil; avisé y todo salió bien.",
        ),
    ),
}

_SUBSTANCES: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "fentanyl": "fentanyl",
        "alcohol": "alcohol (EtG)",
        "methamphetamine": "methamphetamine",
    },
    Language.SPANISH: {
        "fentanyl": "fentanilo",
        "alcohol": "alcohol (EtG)",
        "methamphetamine": "metanfetamina",
    },
}
_EXPECTED: dict[Language, dict[Medication, str]] = {
    Language.ENGLISH: {
        Medication.BUPRENORPHINE: "positive for buprenorphine (expected); ",
        Medication.METHADONE: "positive for methadone (expected); ",
    },
    Language.SPANISH: {
        Medication.BUPRENORPHINE: "positivo para buprenorfina (esperado); ",
        Medication.METHADONE: "positivo para metadona (esperado); ",
    },
}
_KIND_LABEL: dict[Language, dict[SessionKind, str]] = {
    Language.ENGLISH: {
        SessionKind.INDIVIDUAL: "individual session",
        SessionKind.GROUP: "group",
        SessionKind.FAMILY: "family session",
        SessionKind.PEER_SUPPORT: "peer support",
        SessionKind.PHONE: "phone check-in",
    },
    Language.SPANISH: {
        SessionKind.INDIVIDUAL: "sesión individual",
        SessionKind.GROUP: "grupo",
        SessionKind.FAMILY: "sesión familiar",
        SessionKind.PEER_SUPPORT: "apoyo entre pares",
        SessionKind.PHONE: "llamada de seguimiento",
    },
}
# Our own names, so output never depends on the process locale.
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def _appointment_text(lang: Language, start: datetime, kind: SessionKind) -> str:
    label = _KIND_LABEL[lang][kind]
    clock = f"{start.hour}:{start.minute:02d}"
    if lang is Language.SPANISH:
        day = f"{_WEEKDAYS_ES[start.weekday()]} {start.day} de {_MONTHS_ES[start.month - 1]}"
        return f"{day}, {clock}, {label}"
    day = f"{_WEEKDAYS_EN[start.weekday()]} {_MONTHS_EN[start.month - 1]} {start.day}"
    return f"{day} at {clock}, {label}"
