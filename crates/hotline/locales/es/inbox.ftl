## Reach bandeja del personal — Español (Spanish)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.

-locale-name = Español
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

inbox-title = Bandeja de Reach
skip-to-main = Ir al contenido principal

## Login
login-title = Acceso del personal
login-name = Nombre
login-password = Contraseña
login-code = Código de su aplicación de autenticación
login-submit = Entrar
login-failed = Nombre, contraseña o código incorrectos.
login-locked = Demasiados intentos fallidos. Vuelva a intentarlo en { $seconds } segundos.
login-expired = Su sesión terminó. Vuelva a entrar, por favor.
logout = Salir
logged-in-as = Sesión de { $name } ({ $role })

## Roles
role-operator = operador/a
role-supervisor = supervisor/a
role-admin = administrador/a

## List
list-title = Solicitudes
list-empty = Ninguna solicitud coincide con estos filtros.
list-count = { $count ->
    [one] Una solicitud
   *[other] { $count } solicitudes
}
filter-title = Filtros
filter-state = Estado
filter-language = Idioma
filter-need = Necesidad
filter-urgency = Urgencia
filter-assignee = Asignada a
filter-any = Cualquiera
filter-unassigned = Nadie
filter-apply = Mostrar
flag-danger = Peligro ahora
flag-child = Menor
flag-assisted = Asistida
col-request = Solicitud
col-received = Recibida
col-state = Estado
col-language = Idioma
col-needs = Necesidades
col-assignee = Asignada a
not-answered = sin respuesta
set-aside = { $count ->
    [one] Una solicitud guardada no se pudo abrir. Pida a un administrador que la revise.
   *[other] { $count } solicitudes guardadas no se pudieron abrir. Pida a un administrador que las revise.
}

pages = Páginas de la lista
page-of = Página { $page } de { $pages }
page-previous = Página anterior
page-next = Página siguiente

## States
state-received = Nueva
state-in_review = En revisión
state-answered = Respondida
state-closed = Cerrada
state-contact_planned = Contacto planificado
state-needs_interpreter = Necesita intérprete
state-referred = Derivada a una organización aliada

## Urgency
urgency-now = Ahora
urgency-today = Hoy
urgency-this_week = Esta semana
urgency-not_urgent = No urgente

## Needs
need-safety_now = Seguridad ahora
need-shelter = Alojamiento seguro
need-medical = Ayuda médica
need-legal_immigration = Documentos, ayuda legal
need-labour_exploitation = Trabajo forzado o explotado
need-sexual_exploitation = Explotación sexual
need-child_at_risk = Un menor en riesgo
need-money_debt = Deudas, dinero adeudado
need-going_home = Volver a casa
need-interpreter = Intérprete
need-other = Otra cosa

## Request page
request-title = Solicitud { $id }
back-to-list = Volver a la lista
safe-contact-title = Contacto seguro: léalo antes de cualquier contacto
safe-methods = Formas permitidas de responder
method-check_back_in_app = Solo en la aplicación: la persona mirará allí. No llame ni escriba.
method-call = Llamar al { $phone }
method-sms = Mensaje de texto al { $phone }
method-messaging_app = { $app }: { $handle }
method-email = Correo a { $address }
method-in_person_via_outreach = En persona, a través del equipo de calle
voicemail-no = No deje mensajes de voz.
voicemail-yes = Se puede dejar un mensaje de voz.
code-word = Palabra clave: { $word }
someone-else = Si contesta otra persona:
someone-else-hang_up = Colgar sin decir nada.
someone-else-say_wrong_number = Decir que es un número equivocado.
someone-else-ask_for_code_word = Pedir la palabra clave antes de decir nada.
someone-else-other = En palabras de la persona: { $text }
responder = Que responda: { $gender }
responder-woman = una mujer
responder-man = un hombre
responder-any_gender = cualquier persona
safe-times = Horas seguras, en su zona horaria ({ $zone })
safe-times-none = La persona no indicó horas seguras: prefiera la aplicación o un mensaje de texto.
safe-time-row = { $days } { $start }–{ $end } (su hora: { $theirs })
any-day = Todos los días
now-safe = Ahora es un momento seguro para contactar.
now-not-safe = Ahora NO es un momento seguro para contactar.
request-details = Lo que escribió la persona
field-needs = Necesidades
field-urgency = Urgencia
field-for-whom = Para quién
field-age = Edad
field-language = Idioma
field-place = Lugar
field-message = Mensaje
field-consent = Consentimiento
for-whom-self = La propia persona
for-whom-someone_else = Otra persona
for-whom-assisted_by_outreach = Con un/a trabajador/a de calle
age-under_18 = Menor de 18
age-18_to_25 = De 18 a 25
age-26_to_59 = De 26 a 59
age-60_plus = 60 o más
consent-hotline_only = Solo la línea de ayuda
consent-may_refer_to_services = La línea de ayuda y los servicios de apoyo
consent-may_involve_police = Los servicios y la policía
child-warning = Puede haber un menor implicado: siga el procedimiento de protección de la infancia.
assisted-by = Con la ayuda de un/a trabajador/a de calle:
consent-assisted = Dado por la persona, con la ayuda del/de la trabajador/a de calle

## Notes
notes-title = Notas para colegas
notes-none = Todavía no hay notas.
note-by = { $author }, { $day }
note-add = Añadir una nota (solo la ve el personal; se guarda cifrada)
note-submit = Guardar nota
note-unreadable = Esta nota no se pudo abrir.
done-note = Nota guardada.

## Replies to the person
reply-title = Responder a la persona
reply-intro = La persona lee la respuesta en su propio idioma ({ $language }): su teléfono traduce el mensaje que usted elija. Las horas son las de la zona horaria de la persona.
reply-template = Mensaje
reply-day = Día
reply-from = Desde (hora de la persona)
reply-to = Hasta (hora de la persona)
reply-text = Nota breve (opcional; se muestra tal como la escriba, sin traducir)
reply-text-hint = Como máximo { $max } caracteres. No escriba nada que pueda perjudicar a la persona si otra persona lee su teléfono.
reply-submit = Cifrar y enviar la respuesta
reply-sent-title = Respuestas enviadas
reply-none = Todavía no hay respuestas.
reply-by = Respuesta { $seq }, { $author }, { $day }
reply-unreadable = Esta respuesta no se pudo abrir.
reply-no-key = Esta solicitud llegó desde una versión antigua de la aplicación, sin clave de respuesta: ninguna respuesta puede llegar al teléfono. Contacte con la persona como indica su plan de contacto seguro.
reply-note-label = Nota:
done-reply = Respuesta cifrada. El teléfono de la persona la recogerá la próxima vez que se conecte.
error-reply-params = Este mensaje necesita un día y una franja horaria (un inicio y un fin distintos).
error-reply-text = La nota tiene como máximo { $max } caracteres.
error-reply-limit = Esta solicitud ya tiene el número máximo de respuestas permitidas ({ $max }).
error-reply-no-key = Esta solicitud no tiene clave de respuesta.

## Replies as the person reads them (in the person's language on their phone)
reply-received = Hemos leído su solicitud. Le contactaremos de la forma que usted eligió.
reply-call_planned = Le llamaremos el { $day }, entre las { $from } y las { $to } (su hora local).
reply-message_planned = Le enviaremos un mensaje el { $day }, entre las { $from } y las { $to } (su hora local).
reply-interpreter = Estamos buscando un intérprete que hable su idioma. Le contactaremos pronto.
reply-referred = Hemos pedido ayuda a una organización aliada cerca de usted. La organización le contactará de la forma que usted eligió.
reply-call_us = Por favor, llámenos cuando sea seguro para usted. Usted elige el momento.
reply-danger = Si está en peligro ahora, llame al número de emergencia. Lo encuentra en esta app.
reply-closed = Hemos cerrado su solicitud. Puede enviar una nueva cuando quiera.

## Actions
actions-title = Trabajar en esta solicitud
assign-me = Asignármela
assign-to = Asignar a
assign-submit = Asignar
unassign = Quitar la asignación
state-set = Cambiar el estado
state-submit = Guardar el estado
done-assigned = Asignada.
done-state = Estado guardado.

## Errors
error-forbidden = Su rol no permite esto.
error-csrf = Este formulario está desactualizado. Inténtelo de nuevo.
error-not-found = No existe esa solicitud.
error-bad-input = Esa no es una opción válida.
error-note-length = Una nota tiene de 1 a 2000 caracteres.
weekday-monday = lun
weekday-tuesday = mar
weekday-wednesday = mié
weekday-thursday = jue
weekday-friday = vie
weekday-saturday = sáb
weekday-sunday = dom

## Staff accounts (admins only)
nav-staff = Cuentas del personal
staff-title = Cuentas del personal
staff-add-title = Añadir una cuenta
staff-name = Nombre de acceso
staff-name-help = De 1 a 64 caracteres: letras minúsculas a–z, cifras 0–9, punto (.), guion bajo (_) o guion (-).
staff-role = Rol
staff-add-submit = Añadir y mostrar su acceso
staff-list-title = Cuentas
staff-enabled = puede entrar
staff-disabled = desactivada: no puede entrar
staff-locked = Bloqueada por ahora tras intentos fallidos. Se desbloquea sola o con una contraseña nueva.
staff-you = Esta es su cuenta. Solo otro/a administrador/a puede cambiarla.
staff-role-of = Rol de { $name }
staff-role-submit = Cambiar el rol
staff-disable = Desactivar a { $name }
staff-enable = Activar a { $name }
staff-reset = Nueva contraseña y nuevo código para { $name }
staff-reset-help = Si se olvidó la contraseña, se perdió el teléfono o alguien más puede conocer el acceso: la contraseña y el autenticador anteriores dejan de funcionar y las sesiones abiertas se cierran.
staff-done-role = Se cambió el rol de { $name }.
staff-done-disabled = La cuenta de { $name } está desactivada y sus sesiones se cerraron.
staff-done-enabled = { $name } puede volver a entrar.
staff-error-own = Nadie puede cambiar su propia cuenta. Pídalo a otro/a administrador/a.
staff-error-bad-name = Ese nombre no se puede usar. Un nombre tiene de 1 a 64 caracteres: letras minúsculas a–z, cifras 0–9, punto (.), guion bajo (_) o guion (-).
staff-error-taken = Ya existe una cuenta con ese nombre. Elija otro nombre.
staff-error-unknown = No existe ninguna cuenta con ese nombre.

## A new login, shown once
creds-title-added = Cuenta nueva: { $name }
creds-title-reset = Acceso nuevo para { $name }
creds-once = Se muestra solo esta vez: no se puede volver a mostrar. Entréguelo ahora a { $name }, en persona. La contraseña se guarda en un gestor de contraseñas y el código se escanea con la aplicación de autenticación.
creds-password = Contraseña
creds-authenticator = Aplicación de autenticación
creds-qr-label = Código QR para escanear con la aplicación de autenticación de { $name }
creds-uri = Si no se puede escanear el código, introduzca este enlace en la aplicación de autenticación:
creds-done = Hecho: volver a las cuentas del personal

## Exportar para el sistema de casos de una organización aliada
export-title = Exportar para una organización aliada
export-help = Marque en la lista de abajo las solicitudes que quiere exportar, elija un formato y cómo proteger el archivo, y descárguelo. Exporte solo lo que la organización necesita.
export-hotline-only = Una solicitud con el consentimiento «Solo la línea de ayuda» no tiene casilla: a la persona se le dijo que la línea de ayuda no la comparte.
export-select = Seleccionar la solicitud { $id }
export-format = Formato
export-format-json = JSON (para sistemas de casos)
export-format-csv = CSV (para hojas de cálculo)
export-protect = Proteger el archivo con
export-protect-passphrase = Una frase de contraseña
export-protect-key = La clave pública de la organización
export-passphrase = Frase de contraseña (al menos 12 caracteres)
export-passphrase-hint = Dé la frase de contraseña a la organización por otro medio, por ejemplo por teléfono. Nunca la envíe con el archivo.
export-recipient = La clave pública de la organización (empieza por age1)
export-recipient-hint = La organización le da esta clave. Solo ella puede abrir el archivo.
export-submit = Descargar el archivo cifrado
export-error-none = No se exportó nada: seleccione al menos una solicitud.
export-error-too-many = No se exportó nada: como máximo { $max } solicitudes a la vez.
export-error-passphrase = No se exportó nada: la frase de contraseña necesita al menos 12 caracteres.
export-error-recipient = No se exportó nada: eso no es una clave pública. Empieza por age1.
export-error-unknown = No se exportó nada: una de las solicitudes seleccionadas no existe.
export-error-hotline-only = No se exportó nada: una de las solicitudes seleccionadas tiene el consentimiento «Solo la línea de ayuda». A la persona se le dijo que la línea de ayuda no la comparte.

## Survivors' voices
nav-label = Secciones de la bandeja
voices-title = Voces de las personas sobrevivientes
voices-intro = Cuando se cierra una solicitud, la app pregunta a la persona, una sola vez y solo si quiere, tres cosas sobre la ayuda recibida. Las respuestas llegan sin la solicitud ni ningún nombre y aquí solo se muestran como totales mensuales.
voices-rules = Solo se muestran meses ya terminados, cada uno con al menos { $min } respuestas; una cifra menor que { $min } se oculta, junto con otra cuando podría deducirse.
voices-none = Todavía ningún mes tiene respuestas suficientes para mostrarse.
voices-month = { $month }: { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
voices-question = Pregunta
voices-q-helped = ¿Recibiste la ayuda que necesitabas?
voices-q-safe = ¿Te sentiste seguro o segura cuando te contactamos?
voices-q-recommend = ¿Hablarías de nosotros a un amigo o amiga?
voices-a-yes = Sí
voices-a-partly = En parte
voices-a-no = No
voices-a-none = Sin respuesta
voices-hidden = oculto (menos de { $min })
voices-withheld = { $count ->
    [one] Un mes terminado no se muestra: tiene menos de { $min } respuestas.
   *[other] { $count } meses terminados no se muestran: cada uno tiene menos de { $min } respuestas.
}
voices-unreadable = { $count ->
    [one] Una respuesta no se pudo leer y no se cuenta.
   *[other] { $count } respuestas no se pudieron leer y no se cuentan.
}
