## Reach — Español
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Español
# The language's name in English, for the language search.
-locale-english = Spanish
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Calculadora
quick-exit = Salida rápida
quick-exit-hint = Oculta esta app al instante
back = Atrás
next = Siguiente
skip = Saltar
save = Guardar
cancel = Cancelar
close = Cerrar
done = Listo
optional = opcional
step-of = Paso { $current } de { $total }
saved-locked = Guardado y cerrado con clave en este teléfono

## Calculator (the app's disguise)

calc-label = Calculadora
calc-display-label = Resultado
calc-clear = C
calc-equals = =
calc-error = Error

## First use: a private PIN

setup-title = Haga privada esta app
setup-intro = Elija un número secreto (un PIN). Solo usted debe saberlo.
setup-how = Para abrir esta app más tarde, escriba su PIN en la calculadora y luego toque =.
setup-pin-label = Su PIN (de 6 a 12 números)
setup-pin-repeat-label = Escriba su PIN otra vez
setup-duress-title = PIN de emergencia (puede saltar esto)
setup-duress-intro = Si alguien le obliga a abrir esta app, escriba este otro PIN. La app se verá vacía, y todo lo que hay en ella se borrará sin dejar rastro.
setup-duress-label = PIN de emergencia
setup-submit = Guardar mi PIN
setup-mismatch = Los dos PIN no son iguales. Por favor, inténtelo otra vez.

## Language

lang-title = Elija su idioma
lang-intro = Puede cambiarlo más tarde en Ajustes.
lang-search-label = Busque su idioma
lang-search-hint = Escriba el nombre de su idioma, en cualquier idioma
lang-search-none = Ningún idioma coincide. Pruebe con menos letras.
lang-yours = Idiomas de este teléfono
lang-all = Todos los idiomas
lang-load-failed = No se pudo abrir este idioma, por eso la app se muestra en inglés.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = ¿Cuántos años tiene?
age-intro = Puede saltar esto. Si tiene menos de 18 años, la app usa palabras más sencillas y muestra ayuda para niños, niñas y jóvenes.
age-under_18 = Menos de 18
age-18_to_25 = De 18 a 25
age-26_to_59 = De 26 a 59
age-60_plus = 60 o más

## Danger check and emergency numbers

danger-title = ¿Está en peligro ahora mismo?
danger-yes = Sí, estoy en peligro ahora
danger-no = No, ahora no
emergency-title = Números de emergencia
emergency-intro = Puede llamar a estos números sin internet.
emergency-country-label = Su país
emergency-police = Policía y emergencias
emergency-hotline = Ayuda contra la trata de personas y el trabajo forzado
emergency-children = Ayuda para niños, niñas y jóvenes
emergency-call = Llamar al { $number }
emergency-source = Fuente: { $source }
emergency-checked = Revisado: { $date }
emergency-not-checked = Todavía no se ha vuelto a revisar. Si el número no funciona, llame al número de emergencias.
emergency-call-trace = Las llamadas y los mensajes de texto quedan guardados en las listas de su teléfono. Si alguien revisa su teléfono, puede borrarlos después.
emergency-none = Todavía no tenemos números para este país. Si está en peligro, llame al número de emergencias de su zona.
emergency-continue = Continuar y pedir ayuda

## What help is needed

needs-title = ¿Qué ayuda necesita?
needs-intro = Elija todo lo que corresponda. Puede saltar esto.
need-safety_now = Estar a salvo ahora
need-shelter = Un lugar seguro para quedarse
need-medical = Atención médica o medicinas
need-legal_immigration = Ayuda con papeles, visa o la ley
need-labour_exploitation = Problemas en el trabajo o no hay pago
need-sexual_exploitation = Sexo a la fuerza
need-child_at_risk = Un niño o una niña está en peligro
need-money_debt = Dinero o deudas
need-going_home = Volver a casa o encontrar a la familia
need-interpreter = Alguien que hable mi idioma
need-other = Otra cosa
urgency-title = ¿Cuándo necesita la ayuda?
urgency-now = Ahora
urgency-today = Hoy
urgency-this_week = Esta semana
urgency-not_urgent = Puede esperar
for-whom-title = ¿Para quién es esta solicitud?
for-whom-self = Para mí
for-whom-someone_else = Para otra persona
for-whom-assisted_by_outreach = Trabajo en un equipo de apoyo y estoy ayudando a alguien

## Safe contact

contact-title = ¿Cómo puede la línea de ayuda contactarle de forma segura?
contact-intro = Elija al menos una forma. Elija solo formas que sean seguras para usted.
contact-call = Llamada de teléfono
contact-sms = Mensaje de texto (SMS)
contact-messaging_app = App de mensajes
contact-email = Correo electrónico
contact-in_person_via_outreach = En persona, con alguien de un equipo de apoyo
contact-check_back_in_app = Buscaré la respuesta en esta app
contact-phone-label = Número de teléfono, con el código del país (por ejemplo +34…)
contact-app-label = ¿Qué app? (por ejemplo WhatsApp, Signal)
contact-handle-label = Su nombre o número en esa app
contact-email-label = Dirección de correo electrónico
times-title = ¿Cuándo es seguro contactarle?
times-intro = Puede saltar esto. Entonces la línea de ayuda tendrá mucho más cuidado.
times-add = Añadir una hora segura
times-remove = Quitar esta hora
times-from = Desde
times-to = Hasta
times-days = Días
times-any-day = Cualquier día
times-zone = Zona horaria
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo
voicemail-title = ¿Puede la línea de ayuda dejar un mensaje de voz?
voicemail-yes = Sí, un mensaje de voz es seguro
voicemail-no = No, no dejen nunca un mensaje de voz
voicemail-unsaid = Si usted no contesta, la línea de ayuda no dejará ninguno.
code-word-label = Palabra clave
code-word-hint = La línea de ayuda dirá esta palabra. Así sabrá que de verdad es la línea de ayuda.
someone-else-title = Si contesta otra persona, la línea de ayuda debe…
someone-else-hang_up = Colgar
someone-else-say_wrong_number = Decir que es un número equivocado
someone-else-ask_for_code_word = Pedir la palabra clave
someone-else-other = Otra cosa
someone-else-other-label = ¿Qué debe hacer la línea de ayuda?
responder-title = ¿Con quién le gustaría hablar?
responder-woman = Con una mujer
responder-man = Con un hombre
responder-any_gender = Con cualquier persona
responder-language-label = Idioma en el que quiere recibir la respuesta

## More (all optional)

more-title = Un poco más sobre usted
more-intro = Todo esto es opcional.
place-label = ¿Dónde está? Basta con una ciudad o una zona.
place-hint = Comparta solo lo que quiera. Esta app nunca usa su ubicación.
message-label = Su mensaje
message-hint = Puede escribir en cualquier idioma.
message-left =
    { $count ->
        [one] Queda { $count } letra
       *[other] Quedan { $count } letras
    }

## Consent

consent-title = ¿Quién puede ver su solicitud?
consent-intro = Usted decide. La opción más privada ya está elegida.
consent-hotline_only = Solo la línea de ayuda
consent-hotline_only-desc = Solo el equipo de la línea de ayuda la lee. No la comparten.
consent-may_refer_to_services = La línea de ayuda y servicios que pueden ayudar
consent-may_refer_to_services-desc = La línea de ayuda puede compartirla con refugios, servicios médicos o abogados, para ayudarle.
consent-may_involve_police = La línea de ayuda, los servicios y la policía
consent-may_involve_police-desc = La línea de ayuda también puede avisar a la policía.
consent-child-note = Como tienes menos de 18 años, puede que la línea de ayuda tenga que avisar a personas cuyo trabajo es proteger a los niños y niñas, para que estés a salvo.

## Review and send

review-title = Revise su solicitud
review-intro = Su solicitud quedará cerrada con clave para que solo la línea de ayuda pueda abrirla. Después de enviarla, nadie podrá leerla en este teléfono, ni siquiera usted.
review-not-answered = Sin respuesta
review-change = Cambiar
review-needs = Ayuda que necesita
review-contact = Cómo contactarle
review-times = Horas seguras
review-more = Más sobre usted
review-consent = Quién puede verla
submit = Cerrar con clave y enviar a la línea de ayuda
submit-working = Cerrando su solicitud con clave…
submit-done = Su solicitud está cerrada con clave en este teléfono. Se enviará cuando haya internet.

## Status

status-title = Sus solicitudes
status-intro = Aquí puede ver cómo va cada solicitud.
status-empty = Todavía no hay solicitudes.
status-saved = Guardada en este teléfono y cerrada con clave. Se enviará cuando haya internet.
status-sending = Enviando…
status-received = La línea de ayuda la ha recibido. Comprobamos la confirmación de la línea de ayuda.
status-needs_attention = Esta solicitud necesita su atención.
status-attempts =
    { $count ->
        [one] Se intentó una vez
       *[other] Se intentó { $count } veces
    }
status-hotline-received = Esperando a que alguien de la línea de ayuda la lea.
status-hotline-in_review = Alguien de la línea de ayuda la está leyendo.
status-hotline-answered = La línea de ayuda ya ha actuado.
status-hotline-closed = La línea de ayuda la ha cerrado.
status-hotline-contact_planned = Alguien de la línea de ayuda está planeando cómo contactarle de forma segura.
status-hotline-needs_interpreter = La línea de ayuda está buscando a alguien que hable su idioma.
status-hotline-referred = La línea de ayuda ha pedido a una organización aliada que le ayude.
status-hotline-unknown = La línea de ayuda tiene novedades sobre su solicitud. Actualice la app cuando sea seguro, para ver más.
status-replies = Mensajes de la línea de ayuda
status-reply-note = La línea de ayuda también escribió (quizás no en su idioma):
status-reply-unreadable = Llegó un mensaje que esta app no pudo comprobar, por eso no se muestra.
status-offline = Ahora no hay internet. Sus solicitudes están seguras en este teléfono.
status-send-now = Enviar ahora
status-retry = Intentar otra vez
status-check = Pedir noticias a la línea de ayuda
status-new = Empezar una nueva solicitud

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Hemos leído su solicitud. Le contactaremos de la forma que usted eligió.
reply-call_planned = Le llamaremos el { $day }, entre las { $from } y las { $to } (su hora local).
reply-message_planned = Le enviaremos un mensaje el { $day }, entre las { $from } y las { $to } (su hora local).
reply-interpreter = Estamos buscando un intérprete que hable su idioma. Le contactaremos pronto.
reply-referred = Hemos pedido ayuda a una organización aliada cerca de usted. La organización le contactará de la forma que usted eligió.
reply-call_us = Por favor, llámenos cuando sea seguro para usted. Usted elige el momento.
reply-danger = Si está en peligro ahora, llame al número de emergencia. Lo encuentra en esta app.
reply-closed = Hemos cerrado su solicitud. Puede enviar una nueva cuando quiera.
reply-unknown = La línea de ayuda envió un mensaje que esta versión de la app no puede mostrar. Por favor, actualice la app cuando sea seguro.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Tu solicitud está cerrada. ¿Nos cuentas cómo fue la ayuda? Son tres preguntas cortas. Puedes saltarlas.
feedback-private = Tus respuestas se envían sin tu solicitud ni tu nombre. La línea de ayuda solo ve totales.
feedback-start = Responder
feedback-skip = No, gracias
feedback-send = Enviar respuestas
feedback-q-helped = ¿Recibiste la ayuda que necesitabas?
feedback-q-safe = ¿Te sentiste seguro o segura cuando te contactamos?
feedback-q-recommend = ¿Hablarías de nosotros a un amigo o amiga?
feedback-a-yes = Sí
feedback-a-partly = En parte
feedback-a-no = No
feedback-thanks = Gracias. Tus respuestas se enviarán.
feedback-declined = De acuerdo. No volveremos a preguntar.
feedback-failed = No funcionó. Inténtalo de nuevo.
problem-unknown_key = Hay que actualizar esta app antes de poder enviar esta solicitud.
problem-conflict = La línea de ayuda tiene otra solicitud con el mismo número. Por favor, contacte con la línea de ayuda de otra forma.
problem-malformed = La línea de ayuda no pudo leer esta solicitud. Por favor, empiece una nueva solicitud.
problem-too_large = Esta solicitud es demasiado larga. Por favor, empiece una nueva con un mensaje más corto.
problem-unsupported_media_type = Hay que actualizar esta app antes de poder enviar esta solicitud.
problem-other = La red o la línea de ayuda rechazó esta solicitud. Puede intentarlo otra vez, o probar con otra red.

## Several people on one device (outreach)

drafts-title = Solicitudes sin enviar
drafts-continue = Continuar
drafts-delete = Borrar
drafts-none = No hay nada pendiente.
review-reference = Esta persona no se quedará con este teléfono: dele un código
review-reference-hint = Con el código, esa persona puede leer las respuestas de la línea de ayuda en cualquier teléfono con esta app. Este teléfono solo mostrará si la línea de ayuda recibió la solicitud.
assisted-organisation-label = Su organización (usted, quien hace el trabajo de calle)
assisted-hint = La línea de ayuda verá que usted ayudó a esta persona y con quién trabaja.
assisted-channel-label = Cómo puede contactarle la línea de ayuda (opcional)
reference-title = El código de la persona
reference-intro = Dé estas palabras a la persona. Con ellas puede leer las respuestas de la línea de ayuda en cualquier teléfono con esta app. Este teléfono no las escribe en ningún sitio, y las olvida en cuanto la persona las tiene.
reference-for-person = Estas palabras son suyas. Con ellas puede leer las respuestas de la línea de ayuda. En cualquier teléfono con esta app, abra «{ $requests }», luego «{ $check }» y escriba las palabras o los números. Guárdelas en un lugar seguro: cualquier persona que las tenga puede leer las respuestas.
reference-words = Las palabras
reference-digits = El mismo código en números
reference-request = Solicitud { $number }
reference-done = La persona ya tiene su código
reference-again = La app se bloqueó mientras se mostraba el código. Aquí está otra vez: déselo a la persona ahora.
status-check-reference = Comprobar un código
check-reference-title = Comprobar un código
check-reference-intro = Escriba las palabras o los números que le dieron. Este teléfono no los guarda, y tampoco guarda las respuestas.
check-reference-no-hotline = Esta app todavía no está conectada a una línea de ayuda, así que aquí no se puede comprobar un código. Por favor, inténtelo en otro teléfono con esta app.
check-reference-label = Palabras o números
check-reference-submit = Comprobar
check-reference-working = Comprobando. Puede tardar unos segundos…
check-reference-no-replies = Todavía no hay mensajes de la línea de ayuda.
check-reference-show-in = Mostrar en { $language }
worker-title = Trabajo de calle
worker-working-as = Usted trabaja como: { $organisation }
worker-intro = Cada persona a la que ayuda responde en su propio idioma. Sus respuestas salen de este teléfono selladas, y la persona se lleva un código. Aquí solo quedan el número y el estado de cada solicitud.
worker-new-person = Ayudar a una persona nueva
handover-title = Preguntas solo para usted
handover-worker = Dele ahora el teléfono a la persona. Responde sola las próximas preguntas, y usted no verá sus respuestas.
handover-person = Las próximas preguntas son solo para usted. La persona que le ayuda no verá sus respuestas.
handover-start = Empezar
giveback-title = Gracias
giveback-intro = Sus respuestas están selladas. La persona que le ayuda no puede verlas. Ahora devuelva el teléfono.
giveback-button = Devolver el teléfono
review-private = La persona respondió esto sola. No se muestra.
review-assisted-as = La línea de ayuda verá que usted ayudó, como: { $organisation }
review-later = Ahora no: dejarla en «Solicitudes sin enviar»
review-hand-again = Darle otra vez el teléfono a la persona
review-hand-again-hint = Úselo si la persona quiere cambiar lo que respondió sola, o si hay algo que corregir ahí. Verá otra vez la pregunta de quién puede ver la solicitud, y volverá a elegir.
review-private-fix = Hay que corregir algo que la persona respondió sola. Solo ella puede corregirlo: dele el teléfono otra vez.
age-given-back-worker = Si cambia la edad a menos de 18, o cambia una edad de menos de 18, la persona debe ver otra vez la pregunta de quién puede ver la solicitud: usted le dará el teléfono una vez más.
age-reopened-worker = El cambio de edad afecta a lo que la persona eligió sobre quién puede ver la solicitud. Continúe: le dará el teléfono otra vez y volverá a elegir.
setup-worker = Hago trabajo de calle: ayudo a otras personas a pedir ayuda
setup-worker-hint = La línea de ayuda verá su organización en cada solicitud con la que ayude.
worker-org-needed = Escriba el nombre de su organización, o desactive el modo de trabajador de calle.
settings-worker-title = Modo de trabajo de calle
settings-worker-intro = Ayude a otras personas a enviar solicitudes desde este teléfono. Sus respuestas se sellan, y cada persona se lleva un código.
settings-worker-on = Activar
settings-worker-save = Guardar los cambios
settings-worker-off = Desactivar
settings-worker-saved = Listo. El modo de trabajo de calle está activado.
settings-worker-removed = Listo. El modo de trabajo de calle está desactivado.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Leer en voz alta: { $text }
speak-stop = Dejar de leer
speak-no-voice = No hay ninguna voz para este idioma en este teléfono.
speak-unavailable = La lectura en voz alta no funciona en este teléfono ahora mismo.
speak-headphones = Use auriculares si alguien cerca podría oírlo.

## Settings

settings-title = Ajustes
settings-language = Idioma
settings-read-aloud = Leer en voz alta cada pantalla al abrirse
settings-lock = Bloquear ahora
settings-less-protected = Menos protegido en este dispositivo: aquí no hay un almacén seguro de claves, así que quien copie los archivos de la app podría intentar adivinar su PIN. Un PIN más largo le protege mejor.
settings-duress-title = PIN de emergencia
settings-duress-intro = Un segundo PIN para cuando alguien le obliga a abrir la app. Borra todo sin dejar rastro.
settings-current-pin = Su PIN
settings-duress-save = Guardar el PIN de emergencia
settings-duress-remove = Quitar el PIN de emergencia
settings-pin-title = Cambiar su PIN
settings-new-pin = PIN nuevo (de 6 a 12 números)
settings-new-pin-again = Escriba el PIN nuevo otra vez
settings-pin-save = Cambiar el PIN
settings-pin-changed = Su PIN ha cambiado. A partir de ahora, use el PIN nuevo.
settings-duress-saved = Listo. Su PIN de emergencia está guardado.
settings-duress-removed = Listo. Ahora no hay ningún PIN de emergencia.
pin-wrong-left =
    { $count ->
        [one] Ese PIN no es correcto. Después de un PIN incorrecto más, se borrará todo lo que hay en este teléfono.
       *[other] Ese PIN no es correcto. Después de { $count } PIN incorrectos más, se borrará todo lo que hay en este teléfono.
    }
settings-wipe-title = Borrar todo
settings-wipe-intro = Esto borra todas las solicitudes y borradores de este teléfono. No se puede deshacer. Las solicitudes que la línea de ayuda ya recibió se quedan en la línea de ayuda.
settings-wipe-confirm = Sí, borrar todo

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ¿Estás en peligro ahora?
danger-yes-child = Sí, estoy en peligro
danger-no-child = No, ahora estoy bien
emergency-intro-child = Puedes llamar a estos números. No necesitas internet.
emergency-call-trace-child = Tu teléfono guarda una lista de llamadas y mensajes. Si te preocupa que alguien la vea, puedes borrarlos después.
needs-title-child = ¿En qué necesitas ayuda?
needs-intro-child = Toca todo lo que te pasa a ti. Puedes saltar esto.
need-legal_immigration-child = Ayuda con papeles o documentos
need-labour_exploitation-child = Alguien me obliga a trabajar
need-sexual_exploitation-child = Alguien me obliga a hacer cosas sexuales
need-money_debt-child = Alguien dice que le debo dinero
need-going_home-child = Quiero volver a casa o encontrar a mi familia
need-child_at_risk-child = Otro niño o niña está en peligro
urgency-title-child = ¿Cuándo necesitas ayuda?
for-whom-title-child = ¿Quién necesita ayuda?
for-whom-self-child = Yo
contact-title-child = ¿Cómo podemos hablar contigo sin peligro?
contact-intro-child = Elige una forma que sea segura para ti. Nadie más debe verla.
times-title-child = ¿Cuándo es seguro llamarte o escribirte?
times-intro-child = Puedes saltar esto. Entonces tendremos mucho cuidado.
voicemail-title-child = ¿Podemos dejarte un mensaje de voz?
someone-else-title-child = Si contesta otra persona, ¿qué hacemos?
responder-title-child = ¿Con quién quieres hablar?
more-title-child = ¿Algo más?
more-intro-child = No tienes que contestar.
place-label-child = ¿Dónde estás? Basta con el nombre de un pueblo o una ciudad.
message-label-child = Cuéntanos qué está pasando, si quieres
consent-title-child = ¿Quién puede leer lo que escribiste?
consent-intro-child = Tú eliges. La opción más segura ya está elegida.
consent-hotline_only-desc-child = Solo lo leen las personas que ayudan en la línea de ayuda. Lo guardan en secreto.
consent-may_refer_to_services-desc-child = La línea de ayuda puede avisar a personas que cuidan a los niños y niñas, como un médico, una casa segura o un abogado.
consent-may_involve_police-desc-child = La línea de ayuda también puede avisar a la policía, para que detengan a las personas que te hacen daño.
review-title-child = Mira tus respuestas
review-intro-child = Cuando lo envíes, quedará cerrado con clave. Solo la línea de ayuda puede abrirlo. Nadie puede leerlo en este teléfono, ni siquiera tú.
submit-done-child = Tu mensaje está cerrado con clave en este teléfono. Se enviará cuando haya internet.
handover-title-child = Preguntas solo para ti
handover-person-child = Solo tú respondes las próximas preguntas. La persona que te ayuda no verá lo que dices.
giveback-intro-child = Tus respuestas están cerradas con clave. La persona que te ayuda no puede verlas. Ahora devuélvele el teléfono a la persona que te ayuda.
reference-for-person-child = Estas palabras son solo para ti. Con ellas puedes leer lo que te escribe la línea de ayuda. En cualquier teléfono con esta app, toca «{ $requests }», luego «{ $check }» y escribe las palabras o los números. Guárdalas en secreto: cualquier persona que las tenga puede leer las respuestas.

## Errors (codes come from the app's core)

error-wrong_pin = Ese PIN no es correcto.
error-locked = Por favor, primero abra la app con su PIN.
error-no_hotline = Esta app todavía no está conectada a una línea de ayuda. Su borrador está guardado.
error-invalid = Hay que cambiar algunas respuestas. Por favor, mire las preguntas marcadas.
error-pin_too_short = Un PIN tiene de 6 a 12 números.
error-duress_same_as_pin = El PIN de emergencia tiene que ser distinto de su PIN.
error-worker_drafts_open = El modo de trabajo de calle sigue activado mientras haya solicitudes sin enviar de personas a las que ayuda. Por favor, envíelas o bórrelas en «Solicitudes sin enviar», y luego desactívelo.
error-already_set_up = Esta app ya está configurada.
error-not_found = No se encontró. Puede que se haya borrado.
error-internal = Algo salió mal. Sus solicitudes guardadas están seguras. Por favor, inténtelo otra vez.
error-not_set_up = Esta app todavía no está configurada. Por favor, primero elija un PIN.
error-busy = La app está enviando. Por favor, inténtelo otra vez en un momento.
error-status_unavailable = Ahora no se pudo preguntar a la línea de ayuda. Su solicitud está segura. Por favor, inténtelo otra vez más tarde.
error-malformed = Algunas respuestas no se pudieron leer. Por favor, revíselas e inténtelo otra vez.
error-too_large = Es demasiado largo para enviarlo. Por favor, escriba un mensaje más corto.
error-unsupported_version = Esta app necesita una actualización.
error-profile = Los datos de la línea de ayuda en esta app no son correctos. Su borrador está guardado. Por favor, consiga una versión nueva de la app.
error-sync_client = Ahora la app no se puede conectar de forma segura. Su solicitud está guardada y se enviará más tarde.
error-already_exists = Esto ya está guardado.
error-empty_pin = Por favor, escriba su PIN.
error-invalid_kdf_params = Los ajustes de esta app no son correctos. Por favor, consiga una versión nueva de la app.
error-device_secret_unavailable = La app no puede usar el almacén seguro de este teléfono. Por favor, reinicie el teléfono e inténtelo otra vez.
error-envelope = Su solicitud no se pudo cerrar con clave para la línea de ayuda. Sigue guardada como borrador.
error-receipt_mismatch = No se pudo comprobar la respuesta de la línea de ayuda. Su solicitud se enviará otra vez.
error-corrupt = Los datos guardados de la app están dañados. No se pueden abrir.
error-io = El teléfono no pudo guardar esto. Puede que esté lleno. Por favor, libere algo de espacio e inténtelo otra vez.
error-database = La app no pudo leer ni guardar los datos. Sus solicitudes guardadas están seguras. Por favor, inténtelo otra vez.
error-pin_too_long = Un PIN tiene de 6 a 12 números.
error-pin_not_digits = Un PIN tiene solo números.
error-reference_word_count = Un código tiene 9 palabras. Por favor, compruebe que las escribió todas.
error-reference_unknown_word = Una de las palabras no es correcta. Por favor, revise cómo está escrita.
check-reference-wrong-word = La palabra número { $number } no es correcta. Por favor, revise cómo está escrita.
error-reference_digits = Un código tiene 22 números. Por favor, compruebe que los escribió todos.
error-reference_check = Una palabra o un número no es correcto. Por favor, revise cada uno e inténtelo otra vez.
error-reference_not_found = La línea de ayuda todavía no tiene ninguna solicitud con este código. Si se envió desde un teléfono sin internet, llegará cuando ese teléfono vuelva a tener internet. Por favor, inténtelo otra vez más tarde. Si todavía no aparece, revise cada palabra o número.
field-error-empty = Por favor, complete esto, o salte la pregunta.
field-error-not_trimmed = Por favor, quite los espacios del principio o del final.
field-error-too_long = Es demasiado largo. Como máximo { $max } letras.
field-error-too_many_bytes = Es demasiado largo.
field-error-too_many = Son demasiados. Como máximo { $max }.
field-error-duplicate = Esto está dos veces en la lista.
field-error-control_characters = Tiene caracteres que no se pueden usar.
field-error-invalid_phone = Este número de teléfono no parece correcto. Empiece con + y el código del país.
field-error-invalid_region = No conocemos este país.
field-error-invalid_email = Esta dirección de correo no parece correcta.
field-error-invalid_language = No conocemos este idioma.
field-error-invalid_time_zone = No conocemos esta zona horaria.
field-error-invalid_time = Por favor, elija una hora de inicio y una hora de fin que sean distintas.
field-error-no_contact_method = Por favor, elija al menos una forma de contactarle. "Buscaré la respuesta en esta app" es suficiente.
field-error-unsupported_version = Esta app necesita una actualización.
