// The cli words in pt-BR (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader: envie imagens, vídeos e áudios para serviços de IA.

{{uploadUsage}}
Outros comandos:
  media-uploader keys set <provider> [--name NAME]
                                         salva uma chave no chaveiro do sistema (digitada sem
                                         aparecer); várias por provedor, com nomes, uma delas
                                         a padrão
  media-uploader keys list               as chaves de cada provedor: nomes, ids, a padrão
                                         (nunca uma chave)
  media-uploader keys default <provider> <name>
                                         a chave usada pelos envios que não nomeiam nenhuma (--key)
  media-uploader keys delete <provider> [--name NAME]
                                         esquece uma chave
  media-uploader keys test <provider> [--name NAME]
                                         testa uma chave com o provedor
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         exclui um envio do memories.ai ou do HeyGen

Provedores:
{{providers}}

Ambiente:
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    uma chave para esta execução ("do ambiente"); vale mais que
                                    a chave padrão do chaveiro, mas não que --key
  MEDIA_UPLOADER_DATA_DIR           onde fica o histórico (padrão: a pasta de dados do app)
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   grupo de entradas do chaveiro (padrão media-uploader), para
                                    testes e scripts
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY o proxy a usar e os hosts acessados direto, como o curl os lê
                                    (maiúsculas ou minúsculas; ALL_PROXY também;
                                    http://user:password@host:port)
  LC_ALL, LC_MESSAGES, LANG         o idioma do que é mostrado para uma pessoa (--json não muda)

Status de saída: 0 quando todos os arquivos foram enviados, 1 quando algum falhou, 2 para erro
de uso.
`,
    providerLine: "{{name}} (chave de {{variable}} ou de 'media-uploader keys set {{id}}')",
    notACommand: 'Esse não é um comando do media-uploader. Execute media-uploader --help para ver o que ele faz.',
    somethingWrong: 'Algo deu errado dentro do media-uploader: {{message}}',
  },
  upload: {
    usage: `Uso: media-uploader upload <arquivo ou pasta>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait DURAÇÃO]

  --provider      para onde vão os arquivos (obrigatório); vários, separados por vírgulas,
                  enviam cada arquivo para cada um (assemblyai,memories): um envio e uma linha
                  para cada
  --key           qual das chaves salvas do (primeiro) provedor (media-uploader keys list);
                  sem esta opção, a chave da variável de ambiente dele, se houver, senão a
                  chave padrão. A chave de cada envio fica registrada (nome e id, nunca a
                  chave: "key" no --json)
  --region        {{regionHelp}}
  --base-url      envia para este servidor em vez do servidor do provedor (mantém o caminho
                  documentado)
  --concurrency   envios ao mesmo tempo, de {{min}} a {{max}} (padrão {{concurrency}})
  --json          um objeto JSON por arquivo e por linha no stdout, nada mais
  --next          mostra também a próxima requisição usual de cada arquivo enviado como comando
                  curl (a chave fica na variável de ambiente, por ex. $HEYGEN_API_KEY)
  --keep-location envia fotos e vídeos com os dados de localização (GPS); por padrão, é enviada
                  uma cópia sem eles e o arquivo fica como está
  --convert       converte um arquivo que o provedor não aceita para um formato que ele aceita e
                  envia esse: MOV para MP4 (sem recodificar quando os codecs permitem), FLAC,
                  M4A, OGG ou AAC para MP3, GIF, WebP, BMP ou TIFF para PNG; o arquivo não muda
  --wait          espera o provedor dizer que cada envio está pronto para uso (memories.ai,
                  HeyGen), em vez de avisar assim que ele recebe os dados
  --offline-wait  quando não dá para alcançar o provedor (sem conexão), espera esse tempo antes
                  de os envios falharem, por ex. 90s, 10m (padrão 5m)
  --reuse         um arquivo já enviado ao mesmo provedor com a mesma chave (mesmo tamanho e
                  impressão digital, link não expirado, segundo o histórico) não é enviado de
                  novo: o link dele é reutilizado
`,
    regionHelp: 'região dos dados do {{provider}} (padrão {{region}})',
    chooseProvider: 'Escolha para onde enviar com --provider ({{providers}}).',
    providerUnknown: '--provider precisa nomear um destes: {{providers}}, ou vários separados por vírgulas (assemblyai,memories).',
    nameAFile: 'Indique pelo menos um arquivo ou pasta para enviar.',
    concurrency: '--concurrency precisa ser um número inteiro de {{min}} a {{max}}.',
    offlineWait: '--offline-wait precisa ser uma duração como 90s, 5m ou 1h.',
    keyName: '--key nomeia uma das chaves salvas (media-uploader keys list). {{problem}}',
    notRecorded: '{{name}} foi enviado, mas o histórico não conseguiu registrar: {{message}}',
    historyNotOpened: 'Não foi possível abrir o histórico de envios, então esta execução não será registrada: {{message}}',
    note: 'Observação: {{text}}',
  },
  report: {
    keyHint: "Aqui: execute 'media-uploader keys set {{provider}}' ou defina {{variable}}.",
    removedKeyHint: "Aqui: 'media-uploader keys list' mostra as chaves salvas; 'media-uploader keys set {{provider}} --name NAME' adiciona uma.",
    asset: 'recurso {{id}}',
    withKey: 'chave {{name}}',
    stillProcessing: 'Ainda em processamento no {{provider}}: dá para usar quando terminar (--wait espera por isso).',
    converted: '{{conversion}}: a cópia convertida foi enviada.',
    locationRemoved: 'Localização removida: foi enviada uma cópia sem ela.',
    reused: 'Já enviado em {{day}}: esse link é reutilizado, nada foi enviado.',
    next: 'Em seguida, {{purpose}}:',
  },
  progress: {
    waiting: 'aguardando',
    left: 'faltam {{time}}',
    attempt: '(tentativa {{attempt}})',
    allFiles_one: '{{count}} arquivo',
    allFiles_many: 'Todos os {{count}} arquivos',
    allFiles_other: 'Todos os {{count}} arquivos',
    allUploads_one: '{{count}} envio',
    allUploads_many: 'Todos os {{count}} envios',
    allUploads_other: 'Todos os {{count}} envios',
    done: '{{count}} prontos',
  },
  offline: {
    waiting: 'Aguardando a conexão com a internet (até {{time}})…',
    back: 'A conexão voltou: enviando.',
  },
  options: {
    baseUrlNotAnAddress: '--base-url precisa ser um endereço web que comece com https://.',
    baseUrlPlainHttp: '--base-url precisa começar com https://. O http:// simples só é aceito para este computador (localhost, 127.0.0.1 ou [::1]), para que uma chave nunca atravesse uma rede sem criptografia.',
    region: '--region precisa ser {{choices}}, não "{{region}}".',
  },
  keyList: {
    keptIn: 'As chaves ficam em {{backend}}.',
    row: '{{name}}  id {{id}}',
    default: 'padrão',
    noKey: 'nenhuma chave salva',
    unreadable: 'não foi possível ler',
    override: '{{variable}} está definida e é usada no lugar (id {{id}})',
  },
  keys: {
    usage: `Uso: media-uploader keys set <provider> [--name NAME]
                                         salva uma chave (digitada sem aparecer, ou por pipe);
                                         com um nome, outra chave, ou substitui a desse nome
     media-uploader keys list            as chaves de cada provedor: nomes, ids, a padrão
                                         (nunca uma chave)
     media-uploader keys default <provider> <name>
                                         usa essa chave quando um envio não nomeia nenhuma (--key)
     media-uploader keys rename <provider> <name> <new name>
     media-uploader keys delete <provider> [--name NAME]
                                         esquece uma chave salva (a padrão, sem --name)
     media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                         pergunta ao provedor se a chave funciona

Provedores: {{providers}}
A primeira chave de um provedor se chama {{defaultName}}, a menos que você dê um nome; \`upload --key NAME\` usa outra.
Uma chave definida em {{variables}} vale mais que a padrão nessa execução.
{{serviceVariable}} nomeia outro grupo de entradas do chaveiro (para testes e scripts).
`,
    listTakesNothing: 'keys list não aceita argumentos.',
    sayWhat: 'Diga o que fazer com as chaves.',
    notACommand: 'Esse não é um comando de keys (set, list, default, rename, delete ou test).',
    providerAndName: 'keys {{action}} aceita só o nome do provedor e --name NAME.',
    nameTheProvider: 'Indique o provedor: media-uploader keys {{action}} <{{providers}}>.',
    notAProvider: 'Esse não é o nome de um provedor. Escolha um de: {{providers}}. (O que foi digitado não é mostrado, caso fosse uma chave.)',
    notOnCommandLine: 'Não coloque a chave na linha de comando, onde outros usuários deste computador podem vê-la. Execute o comando sem ela e cole a chave quando for pedida, ou passe-a por um pipe.',
    onlyProvider: 'keys {{action}} aceita só o nome do provedor.',
    paste: 'Cole sua chave de API do {{provider}} (de {{page}}) e pressione Enter: ',
    noKeyGiven: 'Nenhuma chave foi informada, então nada foi salvo.',
    wrongLength_one: 'Isso não parece uma chave de API do {{provider}} (tem {{count}} caractere). Copie a chave inteira de {{page}} e tente de novo. Nada foi salvo.',
    wrongLength_many: 'Isso não parece uma chave de API do {{provider}} (tem {{count}} caracteres). Copie a chave inteira de {{page}} e tente de novo. Nada foi salvo.',
    wrongLength_other: 'Isso não parece uma chave de API do {{provider}} (tem {{count}} caracteres). Copie a chave inteira de {{page}} e tente de novo. Nada foi salvo.',
    nothingSaved: '{{problem}} Nada foi salvo.',
    saved: 'Chave do {{provider}} salva em {{backend}}.',
    savedNamed: 'Chave do {{provider}} “{{name}}” salva em {{backend}}.',
    notTheDefault: 'Ela não é a chave padrão: envie com --key {{name}}, ou torne-a padrão com: media-uploader keys default {{id}} {{name}}',
    environmentWins: 'Observação: {{variable}} está definida neste ambiente e vale mais que a chave padrão enquanto estiver.',
    noneSaved: 'Não havia chave do {{provider}} salva em {{backend}}.',
    noneOfThatNameIn: "Não há chave do {{provider}} com esse nome em {{backend}}. 'media-uploader keys list' mostra as chaves salvas.",
    noneOfThatName: "Não há chave do {{provider}} com esse nome. 'media-uploader keys list' mostra as chaves salvas.",
    deleted: 'Chave do {{provider}} excluída de {{backend}}.',
    deletedNamed: 'Chave do {{provider}} “{{name}}” excluída de {{backend}}.',
    newDefault: 'A chave padrão do {{provider}} agora é “{{name}}”.',
    environmentStillSet: 'Observação: {{variable}} continua definida neste ambiente, então uma chave ainda é usada nesta execução.',
    nameTheKey: "Indique a chave: media-uploader keys default {{id}} <name> ('media-uploader keys list' mostra os nomes).",
    isNowDefault: '“{{name}}” agora é a chave padrão do {{provider}}: os envios que não nomeiam chave (--key) usam ela.',
    nameBoth: 'Indique a chave e o novo nome: media-uploader keys rename {{id}} <name> <new name>.',
    renamed: 'A chave do {{provider}} “{{from}}” agora se chama “{{to}}”. Os envios feitos com ela continuam sendo encontrados pelo id.',
    testOptions: 'keys test aceita só o nome do provedor, e --name, --base-url e --region.',
    noKeyYet: 'Ainda não há chave de API do {{provider}}. Salve uma com: media-uploader keys set {{id}}',
    tested: '{{message}} (Testada: {{source}}.)',
    sourceEnvironment: 'a chave em {{variable}}',
    sourceSaved: 'a chave salva',
    sourceNamed: 'a chave salva “{{name}}”',
    saveNew: 'Para salvar uma chave nova: media-uploader keys set {{command}}',
    notPersistent: 'Aviso: nenhum serviço de chaveiro (como GNOME Keyring ou KWallet) está em execução, então as chaves ficam no chaveiro do kernel, que as esquece quando este computador reinicia. Inicie ou instale um chaveiro para mantê-las, ou defina {{variable}} no lugar.',
    anyVariable: 'a variável de ambiente do provedor',
  },
  history: {
    usage: `Uso: media-uploader history [--search TEXT] [--limit N] [--json]

  --search   só os envios cujo nome de arquivo, provedor, nome de chave, link, ID de recurso
             ou caminho contêm todas as palavras
  --limit    mostra no máximo N envios (padrão: todos)
  --json     um objeto JSON por envio e por linha, do mais recente ao mais antigo, nada mais
             (keyName e keyId: a chave que o fez, quando registrada; nunca a chave)

O histórico fica na pasta de dados do app; {{variable}} aponta para outra.
`,
    limit: '--limit precisa ser um número inteiro de 1 ou mais, não "{{value}}".',
    nothingYet: 'Nenhum envio ainda (procurado em {{dir}}).',
    damaged_one: 'Observação: {{count}} linha danificada em {{file}} foi ignorada (uma gravação interrompida ou um problema no disco).',
    damaged_many: 'Observação: {{count}} linhas danificadas em {{file}} foram ignoradas (uma gravação interrompida ou um problema no disco).',
    damaged_other: 'Observação: {{count}} linhas danificadas em {{file}} foram ignoradas (uma gravação interrompida ou um problema no disco).',
    when: 'Quando',
    provider: 'Provedor',
    file: 'Arquivo',
    result: 'Resultado',
    failed: 'falhou: {{message}}',
    unknownError: 'erro desconhecido',
    uploaded: 'enviado',
    expires: 'expira em {{time}}',
    deletedFrom: 'excluído do {{provider}} em {{time}}',
    uploads_one: '{{count}} envio',
    uploads_many: '{{count}} envios',
    uploads_other: '{{count}} envios',
    all: '{{uploads}}.',
    allShown: '{{uploads}}; os {{shown}} mais recentes mostrados.',
    matching: '{{uploads}} de {{all}} correspondem a "{{search}}".',
    matchingShown: '{{uploads}} de {{all}} correspondem a "{{search}}"; {{shown}} mostrados.',
  },
  delete: {
    usage: `Uso: media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  Exclui um envio do provedor para sempre e marca a entrada dele no histórico como removida.
  O id é o de uma entrada do histórico (media-uploader history --json) ou o ID de recurso
  dado pelo provedor. memories.ai e HeyGen conseguem excluir envios; AssemblyAI e WaveSpeedAI
  não (eles mesmos excluem os envios depois de alguns dias).

  --provider   onde está o envio (obrigatório)
  --yes        exclui sem perguntar (necessário quando não há terminal para perguntar)
`,
    nameOne: 'Indique um envio: o id no histórico ou o ID de recurso.',
    sayWhere: 'Diga onde está o envio com --provider ({{providers}}).',
    providerUnknown: '--provider precisa nomear um destes: {{providers}}.',
    otherProvider: 'Essa entrada do histórico é um envio para o {{entryProvider}}, não para o {{provider}}. Execute de novo com --provider {{id}}.',
    alreadyDeleted: '{{name}} já foi excluído do {{provider}} em {{day}}.',
    noAssetId: '{{name}} não tem ID de recurso do {{provider}} para excluir: o envio não terminou.',
    withAssetId: 'o envio com ID de recurso {{id}}',
    namedWithAssetId: '{{name}} (ID de recurso {{id}})',
    confirm: 'Excluir {{what}} do {{provider}}? Não dá para desfazer. [s/N] ',
    yesAnswers: 's, sim',
    nothingDeleted: 'Nada foi excluído.',
    nothingDeletedNoTerminal: 'Nada foi excluído: não há terminal para perguntar. Adicione --yes para excluir sem perguntar.',
    deleted: 'Excluído do {{provider}}: {{what}}.',
    keyHint: "Aqui: execute 'media-uploader keys set {{id}}' ou defina {{variable}}.",
    removedKeyHint: "Aqui: 'media-uploader keys list' mostra as chaves salvas; 'media-uploader keys set {{id}} --name NAME' adiciona essa chave de novo.",
    historyNotOpened: 'Não foi possível abrir o histórico de envios, então ele não vai indicar que o envio foi excluído: {{message}}',
  },
} as const satisfies Catalogue;
