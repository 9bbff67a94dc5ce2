## Reach — Português
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Português
# The language's name in English, for the language search.
-locale-english = Portuguese
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Calculadora
quick-exit = Saída rápida
quick-exit-hint = Esconde tudo imediatamente
back = Voltar
next = Avançar
skip = Saltar
save = Guardar
cancel = Cancelar
close = Fechar
done = Concluído
optional = opcional
step-of = Passo { $current } de { $total }
saved-locked = Guardado e trancado neste telefone

## Calculator (the app's disguise)

calc-label = Calculadora
calc-display-label = Resultado
calc-clear = C
calc-equals = =
calc-error = Erro

## First use: a private PIN

setup-title = Manter tudo privado
setup-intro = Escolha um número secreto (um PIN). Não o diga a ninguém.
setup-how = Para abrir mais tarde, escreva o seu PIN na calculadora e depois toque em =.
setup-pin-label = O seu PIN (de 6 a 12 números)
setup-pin-repeat-label = Escreva o seu PIN outra vez
setup-duress-title = PIN de emergência (não é obrigatório)
setup-duress-intro = Se alguém obrigar a abrir a calculadora, escreva este outro PIN. Tudo vai parecer vazio, e tudo o que estava guardado será apagado sem deixar sinal.
setup-duress-label = PIN de emergência
setup-submit = Guardar o meu PIN
setup-mismatch = Os dois PIN não são iguais. Por favor, tente outra vez.

## Language

lang-title = Escolha o seu idioma
lang-intro = Pode mudar mais tarde nas Configurações.
lang-search-label = Procure o seu idioma
lang-search-hint = Escreva o nome do seu idioma, em qualquer idioma
lang-search-none = Nenhum idioma corresponde. Tente com menos letras.
lang-yours = Idiomas deste telefone
lang-all = Todos os idiomas
lang-load-failed = Não foi possível abrir este idioma, por isso a aplicação aparece em inglês.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Quantos anos tem?
age-intro = Não é obrigatório responder. Com menos de 18 anos, a aplicação usa palavras mais simples e mostra ajuda para crianças e jovens.
age-under_18 = Menos de 18
age-18_to_25 = De 18 a 25
age-26_to_59 = De 26 a 59
age-60_plus = 60 ou mais

## Danger check and emergency numbers

danger-title = Está em perigo agora?
danger-yes = Sim, estou em perigo agora
danger-no = Não, agora não
emergency-title = Números de emergência
emergency-intro = Pode ligar para estes números sem internet.
emergency-country-label = O seu país
emergency-police = Polícia e emergências
emergency-hotline = Ajuda contra o tráfico de pessoas e o trabalho forçado
emergency-children = Ajuda para crianças e jovens
emergency-call = Ligar para o { $number }
emergency-source = Fonte: { $source }
emergency-checked = Verificado: { $date }
emergency-not-checked = Ainda não foi verificado de novo. Se o número não funcionar, ligue para o número de emergência.
emergency-call-trace = As chamadas e as mensagens de texto ficam guardadas nas listas do seu telefone. Se alguém verificar o seu telefone, pode apagá-las depois.
emergency-none = Ainda não temos números para este país. Se estiver em perigo, ligue para o número de emergência local.
emergency-continue = Continuar e pedir ajuda

## What help is needed

needs-title = De que ajuda precisa?
needs-intro = Escolha tudo o que se aplica. Não é obrigatório responder.
need-safety_now = Ficar em segurança agora
need-shelter = Um lugar seguro para ficar
need-medical = Cuidados médicos ou medicamentos
need-legal_immigration = Ajuda com documentos, visto ou a lei
need-labour_exploitation = Problemas no trabalho ou sem pagamento
need-sexual_exploitation = Sexo forçado
need-child_at_risk = Uma criança está em perigo
need-money_debt = Dinheiro ou dívidas
need-going_home = Voltar para casa ou encontrar a família
need-interpreter = Alguém que fale a minha língua
need-other = Outra coisa
urgency-title = Para quando precisa de ajuda?
urgency-now = Agora
urgency-today = Hoje
urgency-this_week = Esta semana
urgency-not_urgent = Pode esperar
for-whom-title = Para quem é este pedido?
for-whom-self = Para mim
for-whom-someone_else = Para outra pessoa
for-whom-assisted_by_outreach = Trabalho para uma organização de apoio e ajudo outra pessoa

## Safe contact

contact-title = Como pode a linha de ajuda responder com segurança?
contact-intro = Escolha pelo menos uma forma. Escolha só formas que sejam seguras.
contact-call = Chamada de telefone
contact-sms = Mensagem de texto (SMS)
contact-messaging_app = App de mensagens
contact-email = E-mail
contact-in_person_via_outreach = Pessoalmente, com alguém de uma organização de apoio
contact-check_back_in_app = Vou ver a resposta aqui
contact-phone-label = Número de telefone, com o código do país (por exemplo +55…)
contact-app-label = Qual app? (por exemplo WhatsApp, Signal)
contact-handle-label = O seu nome ou número para receber mensagens
contact-email-label = Endereço de e-mail
times-title = Quando é seguro ligar ou escrever?
times-intro = Não é obrigatório responder. Nesse caso, a linha de ajuda vai ter ainda mais cuidado.
times-add = Adicionar um horário seguro
times-remove = Remover este horário
times-from = De
times-to = Até
times-days = Dias
times-any-day = Qualquer dia
times-zone = Fuso horário
weekday-mon = Segunda-feira
weekday-tue = Terça-feira
weekday-wed = Quarta-feira
weekday-thu = Quinta-feira
weekday-fri = Sexta-feira
weekday-sat = Sábado
weekday-sun = Domingo
voicemail-title = A linha de ajuda pode deixar uma mensagem de voz?
voicemail-yes = Sim, uma mensagem de voz é segura
voicemail-no = Não, nunca deixar mensagem de voz
voicemail-unsaid = Se não atender, a linha de ajuda não deixa mensagem.
code-word-label = Palavra secreta
code-word-hint = A linha de ajuda vai dizer esta palavra. Assim, sabe que é mesmo a linha de ajuda.
someone-else-title = Se outra pessoa atender, a linha de ajuda deve…
someone-else-hang_up = Desligar
someone-else-say_wrong_number = Dizer que foi engano
someone-else-ask_for_code_word = Pedir a palavra secreta
someone-else-other = Outra coisa
someone-else-other-label = O que deve fazer a linha de ajuda?
responder-title = Com quem gostaria de falar?
responder-woman = Com uma mulher
responder-man = Com um homem
responder-any_gender = Tanto faz
responder-language-label = Idioma em que quer receber a resposta

## More (all optional)

more-title = Um pouco mais de informação
more-intro = Tudo isto é opcional.
place-label = Onde está? Basta uma cidade ou uma zona.
place-hint = Escreva só o que quiser. A sua localização nunca é usada.
message-label = A sua mensagem
message-hint = Pode escrever em qualquer idioma.
message-left =
    { $count ->
        [one] Letras restantes: { $count }
       *[other] Restam { $count } letras
    }

## Consent

consent-title = Quem pode ver o seu pedido?
consent-intro = A decisão é sua. A opção mais privada já está escolhida.
consent-hotline_only = Só a linha de ajuda
consent-hotline_only-desc = Só as pessoas da linha de ajuda o leem. Não o mostram a mais ninguém.
consent-may_refer_to_services = A linha de ajuda e serviços que podem ajudar
consent-may_refer_to_services-desc = A linha de ajuda pode passar o pedido a abrigos, serviços de saúde ou apoio jurídico, para ajudar.
consent-may_involve_police = A linha de ajuda, os serviços e a polícia
consent-may_involve_police-desc = A linha de ajuda também pode avisar a polícia.
consent-child-note = Como tens menos de 18 anos, a linha de ajuda pode ter de avisar pessoas cujo trabalho é proteger crianças, para estares em segurança.

## Review and send

review-title = Verifique o seu pedido
review-intro = O seu pedido vai ser trancado para que só a linha de ajuda o possa abrir. Depois de enviado, ninguém o pode ler neste telefone, nem mesmo quem o escreveu.
review-not-answered = Sem resposta
review-change = Alterar
review-needs = Ajuda pedida
review-contact = Como responder
review-times = Horários seguros
review-more = Mais informação
review-consent = Quem pode ver
submit = Trancar e enviar para a linha de ajuda
submit-working = Um momento, o pedido vai ser trancado…
submit-done = O seu pedido está trancado neste telefone. Vai ser enviado quando houver internet.

## Status

status-title = Os seus pedidos
status-intro = Aqui pode ver em que ponto está cada pedido.
status-empty = Ainda não há pedidos.
status-saved = Guardado neste telefone e trancado. Vai ser enviado quando houver internet.
status-sending = Envio em curso…
status-received = A linha de ajuda recebeu o pedido. A confirmação da linha de ajuda foi verificada.
status-needs_attention = Este pedido precisa da sua atenção.
status-attempts =
    { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }
status-hotline-received = Ainda não foi lido pela linha de ajuda.
status-hotline-in_review = O pedido está em análise na linha de ajuda.
status-hotline-answered = A linha de ajuda já tratou do pedido.
status-hotline-closed = A linha de ajuda fechou o pedido.
status-hotline-contact_planned = Alguém da linha de ajuda está a preparar uma forma segura de entrar em contacto consigo.
status-hotline-needs_interpreter = A linha de ajuda está a procurar alguém que fale a sua língua.
status-hotline-referred = A linha de ajuda pediu ajuda para si a uma organização parceira.
status-hotline-unknown = A linha de ajuda tem novidades sobre o pedido. Atualize a aplicação quando for seguro, para ver mais.
status-replies = Mensagens da linha de ajuda
status-reply-note = A linha de ajuda também escreveu (talvez não na sua língua):
status-reply-unreadable = Chegou uma mensagem que esta aplicação não conseguiu verificar. Por isso, não é mostrada.
status-offline = Sem internet agora. Os seus pedidos estão seguros neste telefone.
status-send-now = Enviar agora
status-retry = Tentar outra vez
status-check = Pedir notícias à linha de ajuda
status-new = Fazer um novo pedido

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Lemos o seu pedido. Vamos entrar em contacto da forma que escolheu.
reply-call_planned = Vamos ligar-lhe { $day }, entre as { $from } e as { $to } (na sua hora local).
reply-message_planned = Vamos enviar-lhe uma mensagem { $day }, entre as { $from } e as { $to } (na sua hora local).
reply-interpreter = Estamos a procurar um intérprete que fale a sua língua. Vamos entrar em contacto em breve.
reply-referred = Pedimos ajuda a uma organização parceira perto de si. Essa organização vai entrar em contacto da forma que escolheu.
reply-call_us = Por favor, ligue-nos quando for seguro para si. Pode escolher a hora.
reply-danger = Se está em perigo agora, ligue para o número de emergência. Pode encontrá-lo nesta aplicação.
reply-closed = Fechámos o seu pedido. Pode enviar um novo a qualquer momento.
reply-unknown = A linha de ajuda enviou uma mensagem que esta versão da aplicação não consegue mostrar. Por favor, atualize a aplicação quando for seguro.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = O seu pedido foi encerrado. Pode contar-nos como foi a ajuda? São três perguntas curtas. Pode saltá-las.
feedback-private = As suas respostas são enviadas sem o seu pedido nem o seu nome. A linha de apoio só vê totais.
feedback-start = Responder
feedback-skip = Não, obrigado
feedback-send = Enviar respostas
feedback-q-helped = Recebeu a ajuda de que precisava?
feedback-q-safe = Sentiu-se em segurança quando o contactámos?
feedback-q-recommend = Falaria de nós a um amigo ou amiga?
feedback-a-yes = Sim
feedback-a-partly = Em parte
feedback-a-no = Não
feedback-thanks = Obrigado. As suas respostas serão enviadas.
feedback-declined = Está bem. Não voltaremos a perguntar.
feedback-failed = Não funcionou. Tente de novo.
problem-unknown_key = É preciso uma atualização antes de enviar este pedido.
problem-conflict = A linha de ajuda tem outro pedido com o mesmo número. Por favor, fale com a linha de ajuda de outra forma.
problem-malformed = A linha de ajuda não conseguiu ler este pedido. Por favor, faça um novo pedido.
problem-too_large = Este pedido é muito longo. Por favor, faça um novo, com uma mensagem mais curta.
problem-unsupported_media_type = É preciso uma atualização antes de enviar este pedido.
problem-other = A rede ou a linha de ajuda recusou este pedido. Pode tentar outra vez, ou usar outra rede.

## Several people on one device (outreach)

drafts-title = Pedidos ainda não enviados
drafts-continue = Continuar
drafts-delete = Apagar
drafts-none = Nada pendente.
review-reference = Esta pessoa não vai ficar com este telefone: dê-lhe um código
review-reference-hint = Com um código, a pessoa pode ler as respostas da linha de ajuda em qualquer telefone com esta app. Este telefone só vai mostrar se a linha de ajuda recebeu o pedido.
assisted-organisation-label = A sua organização (para quem está a ajudar)
assisted-hint = A linha de ajuda vai ver que ajudou esta pessoa e com que organização trabalha.
assisted-channel-label = Como a linha de ajuda pode falar consigo (opcional)
reference-title = O código da pessoa
reference-intro = Dê estas palavras à pessoa. Com elas, pode ler as respostas da linha de ajuda em qualquer telefone com esta app. Este telefone não as grava em lado nenhum e esquece-as assim que a pessoa as tiver.
reference-for-person = Estas palavras são suas. Com elas, pode ler as respostas da linha de ajuda. Em qualquer telefone com esta app, abra «{ $requests }», depois «{ $check }», e escreva as palavras ou os números. Guarde-as bem: quem as tiver pode ler as respostas.
reference-words = As palavras
reference-digits = O mesmo código em números
reference-request = Pedido { $number }
reference-done = A pessoa já tem o seu código
reference-again = A app foi trancada enquanto o código estava a ser mostrado. Aqui está outra vez: dê-o à pessoa agora.
status-check-reference = Verificar um código
check-reference-title = Verificar um código
check-reference-intro = Escreva as palavras ou os números que recebeu. Este telefone não os guarda, nem as respostas.
check-reference-no-hotline = Esta aplicação ainda não está configurada com uma linha de ajuda, por isso não pode verificar um código aqui. Por favor, tente noutro telefone com esta aplicação.
check-reference-label = Palavras ou números
check-reference-submit = Verificar
check-reference-working = A verificar. Pode demorar alguns segundos…
check-reference-no-replies = Ainda não há mensagens da linha de ajuda.
check-reference-show-in = Mostrar em { $language }
worker-title = Trabalho de rua
worker-working-as = Trabalha como: { $organisation }
worker-intro = Cada pessoa que ajuda responde na sua própria língua. As respostas saem deste telemóvel seladas, e a pessoa leva um código. Aqui ficam apenas o número e o estado de cada pedido.
worker-new-person = Ajudar uma nova pessoa
handover-title = Perguntas só para si
handover-worker = Dê agora o telemóvel à pessoa. Ela responde sozinha às próximas perguntas, e não verá as respostas dela.
handover-person = As próximas perguntas são só para si. A pessoa que o ajuda não verá as suas respostas.
handover-start = Começar
giveback-title = Obrigado
giveback-intro = As suas respostas estão seladas. A pessoa que o ajuda não as pode ver. Agora devolva o telemóvel.
giveback-button = Devolver o telemóvel
review-private = A pessoa respondeu a isto sozinha. Não é mostrado.
review-assisted-as = A linha de apoio verá que ajudou, como: { $organisation }
review-later = Agora não: guardar em «Pedidos ainda não enviados»
review-hand-again = Voltar a dar o telemóvel à pessoa
review-hand-again-hint = Use esta opção se a pessoa quiser mudar o que respondeu sozinha, ou se algo aí tiver de ser corrigido. Ela vai ver de novo a pergunta sobre quem pode ver o pedido e escolher outra vez.
review-private-fix = Algo que a pessoa respondeu sozinha tem de ser corrigido. Só ela o pode corrigir: volte a dar-lhe o telemóvel.
age-given-back-worker = Se mudar a idade para «Menos de 18» ou de «Menos de 18» para outra, a pessoa tem de ver de novo a pergunta sobre quem pode ver o pedido: vai dar-lhe o telemóvel mais uma vez.
age-reopened-worker = A mudança de idade afeta a escolha da pessoa sobre quem pode ver o pedido. Continue: vai dar-lhe o telemóvel outra vez, e ela escolhe de novo.
setup-worker = Faço trabalho de rua: ajudo outras pessoas a pedir ajuda
setup-worker-hint = A linha de apoio verá a sua organização em cada pedido em que ajudar.
worker-org-needed = Escreva o nome da sua organização, ou desligue o modo de agente de rua.
settings-worker-title = Modo de trabalho de rua
settings-worker-intro = Ajude outras pessoas a enviar pedidos a partir deste telemóvel. As respostas delas são seladas, e cada pessoa leva um código.
settings-worker-on = Ativar
settings-worker-save = Guardar alterações
settings-worker-off = Desativar
settings-worker-saved = Feito. O modo de trabalho de rua está ativado.
settings-worker-removed = Feito. O modo de trabalho de rua está desativado.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Ler em voz alta: { $text }
speak-stop = Parar de ler
speak-no-voice = Não há voz para este idioma neste telefone.
speak-unavailable = A leitura em voz alta não funciona neste telefone agora.
speak-headphones = Use auscultadores se alguém por perto puder ouvir.

## Settings

settings-title = Configurações
settings-language = Idioma
settings-read-aloud = Ler cada ecrã em voz alta quando abre
settings-lock = Trancar agora
settings-less-protected = Menos protegido neste dispositivo: aqui não há um cofre seguro para chaves, por isso quem copiar os ficheiros da aplicação pode tentar adivinhar o seu PIN. Um PIN mais longo protege-o melhor.
settings-duress-title = PIN de emergência
settings-duress-intro = Um segundo PIN para quando alguém obriga a abrir a calculadora. Apaga tudo sem deixar sinal.
settings-current-pin = O seu PIN
settings-duress-save = Guardar PIN de emergência
settings-duress-remove = Remover PIN de emergência
settings-pin-title = Mudar o seu PIN
settings-new-pin = PIN novo (de 6 a 12 números)
settings-new-pin-again = Escreva o PIN novo outra vez
settings-pin-save = Mudar o PIN
settings-pin-changed = O seu PIN foi mudado. A partir de agora, use o PIN novo.
settings-duress-saved = Concluído. O seu PIN de emergência está guardado.
settings-duress-removed = Concluído. Agora não há nenhum PIN de emergência.
pin-wrong-left =
    { $count ->
        [one] Esse PIN não está certo. Depois de mais { $count } PIN errado, tudo o que está neste telefone será apagado.
       *[other] Esse PIN não está certo. Depois de mais { $count } PIN errados, tudo o que está neste telefone será apagado.
    }
settings-wipe-title = Apagar tudo
settings-wipe-intro = Isto apaga todos os pedidos e rascunhos deste telefone. Não é possível desfazer. Os pedidos que a linha de ajuda já recebeu ficam com a linha de ajuda.
settings-wipe-confirm = Sim, apagar tudo

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Estás em perigo agora?
danger-yes-child = Sim, estou em perigo
danger-no-child = Não, agora estou bem
emergency-intro-child = Podes ligar para estes números. Não precisas de internet.
emergency-call-trace-child = O teu telefone guarda uma lista de chamadas e mensagens. Se tens medo de que alguém a veja, podes apagá-las depois.
needs-title-child = Em que precisas de ajuda?
needs-intro-child = Toca em tudo o que é verdade para ti. Não é obrigatório responder.
need-legal_immigration-child = Ajuda com papéis ou documentos
need-labour_exploitation-child = Alguém me obriga a trabalhar
need-sexual_exploitation-child = Alguém me obriga a fazer coisas sexuais
need-money_debt-child = Alguém diz que lhe devo dinheiro
need-going_home-child = Quero voltar para casa ou encontrar a minha família
need-child_at_risk-child = Outra criança está em perigo
urgency-title-child = Quando precisas de ajuda?
for-whom-title-child = Quem precisa de ajuda?
for-whom-self-child = Eu
contact-title-child = Como podemos falar contigo com segurança?
contact-intro-child = Escolhe uma forma que seja segura para ti. Mais ninguém deve vê-la.
times-title-child = Quando é seguro ligarmos ou escrevermos?
times-intro-child = Não é obrigatório responder. Nesse caso, vamos ter muito cuidado.
voicemail-title-child = Podemos deixar-te uma mensagem de voz?
someone-else-title-child = Se outra pessoa atender, o que fazemos?
responder-title-child = Com quem queres falar?
more-title-child = Mais alguma coisa?
more-intro-child = Não tens de responder.
place-label-child = Onde estás? Basta o nome de uma cidade ou vila.
message-label-child = Conta-nos o que está a acontecer, se quiseres
consent-title-child = Quem pode ler o que escreveste?
consent-intro-child = Tu escolhes. A opção mais segura já está escolhida.
consent-hotline_only-desc-child = Só as pessoas que ajudam na linha de ajuda o leem. Guardam segredo.
consent-may_refer_to_services-desc-child = A linha de ajuda pode avisar pessoas que protegem crianças, como um médico, uma casa segura ou um advogado.
consent-may_involve_police-desc-child = A linha de ajuda também pode avisar a polícia, para travar as pessoas que te fazem mal.
review-title-child = Vê as tuas respostas
review-intro-child = Quando enviares, fica trancado. Só a linha de ajuda o pode abrir. Ninguém o pode ler neste telefone, nem mesmo tu.
submit-done-child = A tua mensagem está trancada neste telefone. Vai ser enviada quando houver internet.
handover-title-child = Perguntas só para ti
handover-person-child = Só tu respondes às próximas perguntas. A pessoa que te ajuda não vai ver o que dizes.
giveback-intro-child = As tuas respostas estão trancadas. A pessoa que te ajuda não as pode ver. Agora devolve-lhe o telemóvel.
reference-for-person-child = Estas palavras são só para ti. Com elas, podes ler o que a linha de ajuda te escreve. Em qualquer telefone com esta app, toca em «{ $requests }», depois em «{ $check }», e escreve as palavras ou os números. Guarda-as em segredo: quem as tiver pode ler as respostas.

## Errors (codes come from the app's core)

error-wrong_pin = Esse PIN não está certo.
error-locked = Por favor, primeiro abra com o seu PIN.
error-no_hotline = Ainda não há uma linha de ajuda configurada. O seu rascunho está guardado.
error-invalid = É preciso mudar algumas respostas. Por favor, veja as perguntas marcadas.
error-pin_too_short = Um PIN tem de 6 a 12 números.
error-duress_same_as_pin = O PIN de emergência deve ser diferente do seu PIN.
error-worker_drafts_open = O modo de trabalho de rua fica ativo enquanto houver pedidos de pessoas que ajuda por enviar. Envie-os, ou apague-os em «Pedidos ainda não enviados», e depois desative-o.
error-already_set_up = A configuração já foi feita.
error-not_found = Não foi encontrado. Pode ter sido apagado.
error-internal = Houve um problema. Os seus pedidos guardados estão seguros. Por favor, tente outra vez.
error-not_set_up = Ainda não está configurado. Por favor, escolha primeiro um PIN.
error-busy = O envio está em curso. Por favor, tente outra vez daqui a um momento.
error-status_unavailable = Agora não foi possível perguntar à linha de ajuda. O seu pedido está seguro. Por favor, tente outra vez mais tarde.
error-malformed = Não foi possível ler algumas respostas. Por favor, verifique-as e tente outra vez.
error-too_large = É muito longo para enviar. Por favor, escreva uma mensagem mais curta.
error-unsupported_version = É preciso uma atualização.
error-profile = Os dados da linha de ajuda não estão certos. O seu rascunho está guardado. Por favor, instale uma versão atualizada.
error-sync_client = Agora não é possível fazer uma ligação segura. O seu pedido está guardado e vai ser enviado mais tarde.
error-already_exists = Isto já está guardado.
error-empty_pin = Por favor, escreva o seu PIN.
error-invalid_kdf_params = As configurações não estão certas. Por favor, instale uma versão atualizada.
error-device_secret_unavailable = Não foi possível usar o cofre seguro deste telefone. Por favor, reinicie o telefone e tente outra vez.
error-envelope = Não foi possível trancar o seu pedido para a linha de ajuda. Continua guardado como rascunho.
error-receipt_mismatch = Não foi possível verificar a resposta da linha de ajuda. O seu pedido vai ser enviado outra vez.
error-corrupt = Os dados guardados estão danificados. Não é possível abri-los.
error-io = O telefone não conseguiu guardar isto. Pode estar cheio. Por favor, liberte algum espaço e tente outra vez.
error-database = Não foi possível ler ou guardar os dados. Os seus pedidos guardados estão seguros. Por favor, tente outra vez.
error-pin_too_long = Um PIN tem de 6 a 12 números.
error-pin_not_digits = Um PIN tem só números.
error-reference_word_count = Um código tem 9 palavras. Verifique se escreveu todas.
error-reference_unknown_word = Uma das palavras não está certa. Verifique como se escreve.
check-reference-wrong-word = A palavra número { $number } não está certa. Verifique como se escreve.
error-reference_digits = Um código tem 22 números. Verifique se escreveu todos.
error-reference_check = Uma palavra ou um número não está certo. Verifique cada um e tente de novo.
error-reference_not_found = A linha de ajuda ainda não tem nenhum pedido com este código. Se foi enviado de um telefone sem internet, vai chegar quando esse telefone voltar a ter internet. Por favor, tente outra vez mais tarde. Se continuar sem aparecer, verifique cada palavra ou número.
field-error-empty = Por favor, preencha isto, ou deixe esta pergunta sem resposta.
field-error-not_trimmed = Por favor, tire os espaços no início ou no fim.
field-error-too_long = É muito longo. No máximo { $max } letras.
field-error-too_many_bytes = É muito longo.
field-error-too_many = São muitos. No máximo { $max }.
field-error-duplicate = Isto está duas vezes na lista.
field-error-control_characters = Tem caracteres que não podem ser usados.
field-error-invalid_phone = Este número de telefone não parece certo. Comece com + e o código do país.
field-error-invalid_region = Não conhecemos este país.
field-error-invalid_email = Este endereço de e-mail não parece certo.
field-error-invalid_language = Não conhecemos este idioma.
field-error-invalid_time_zone = Não conhecemos este fuso horário.
field-error-invalid_time = Por favor, escolha uma hora de início e uma hora de fim diferentes.
field-error-no_contact_method = Por favor, escolha pelo menos uma forma de receber resposta. "Vou ver a resposta aqui" é suficiente.
field-error-unsupported_version = É preciso uma atualização.
