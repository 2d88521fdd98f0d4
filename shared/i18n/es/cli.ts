// The cli words in es (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader: sube imágenes, vídeo y audio a servicios de IA.

{{uploadUsage}}
Otros comandos:
  media-uploader keys set <provider> [--name NAME]
                                         guarda una clave en el llavero del sistema (se escribe
                                         sin mostrarse); varias por proveedor con nombres, una
                                         de ellas la predeterminada
  media-uploader keys list               las claves de cada proveedor: nombres, ids, la
                                         predeterminada (nunca una clave)
  media-uploader keys default <provider> <name>
                                         la clave que usan las subidas que no nombran ninguna (--key)
  media-uploader keys delete <provider> [--name NAME]
                                         olvida una clave
  media-uploader keys test <provider> [--name NAME]
                                         comprueba una clave con el proveedor
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         borra una subida de memories.ai o HeyGen

Proveedores:
{{providers}}

Entorno:
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    una clave para esta ejecución («del entorno»); gana a la
                                    clave predeterminada del llavero, no a --key
  MEDIA_UPLOADER_DATA_DIR           dónde se guarda el historial (por defecto: la carpeta de
                                    datos de la app)
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   grupo de entradas del llavero (por defecto media-uploader),
                                    para pruebas y scripts
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY el proxy por el que pasar y los hosts que van directos, como
                                    los lee curl (en mayúsculas o minúsculas; también ALL_PROXY;
                                    http://user:password@host:port)
  LC_ALL, LC_MESSAGES, LANG         el idioma de lo que se muestra a una persona (--json no cambia)

Estado de salida: 0 si se subieron todos los archivos, 1 si alguno falló, 2 si el comando se usó
mal.
`,
    providerLine: "{{name}} (clave de {{variable}} o de 'media-uploader keys set {{id}}')",
    notACommand: 'Ese no es un comando de media-uploader. Ejecuta media-uploader --help para ver lo que puede hacer.',
    somethingWrong: 'Algo salió mal dentro de media-uploader: {{message}}',
  },
  upload: {
    usage: `Uso: media-uploader upload <archivo o carpeta>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait DURACIÓN]

  --provider      adónde van los archivos (obligatorio); varios, separados por comas, envían
                  cada archivo a cada uno (assemblyai,memories): una subida y una línea por cada uno
  --key           cuál de las claves guardadas del (primer) proveedor
                  (media-uploader keys list); sin esta opción, la clave de su variable de
                  entorno si existe, si no, su clave predeterminada. Se anota qué clave hizo
                  cada subida (su nombre e id, nunca la clave: "key" en --json)
  --region        {{regionHelp}}
  --base-url      envía a este servidor en lugar del del proveedor (con la ruta documentada)
  --concurrency   subidas a la vez, de {{min}} a {{max}} (por defecto {{concurrency}})
  --json          un objeto JSON por archivo y por línea en stdout, nada más
  --next          muestra también la siguiente petición habitual de cada archivo subido como
                  comando curl (la clave se queda en su variable de entorno, p. ej. $HEYGEN_API_KEY)
  --keep-location envía fotos y vídeos con sus datos de ubicación (GPS); por defecto se envía
                  una copia sin ellos y el archivo se queda como está
  --convert       convierte un archivo que el proveedor no acepta a un formato que sí acepta, y
                  envía ese: MOV a MP4 (sin recodificar cuando los códecs lo permiten), FLAC,
                  M4A, OGG o AAC a MP3, GIF, WebP, BMP o TIFF a PNG; el archivo no cambia
  --wait          espera a que el proveedor diga que cada subida está lista para usarse
                  (memories.ai, HeyGen), en lugar de avisar en cuanto tiene los datos
  --offline-wait  si no se puede llegar al proveedor (sin conexión), espera este tiempo antes
                  de que fallen las subidas, p. ej. 90s, 10m (por defecto 5m)
  --reuse         un archivo ya subido al mismo proveedor con la misma clave (mismo tamaño y
                  huella, enlace sin caducar, según el historial) no se vuelve a enviar: se
                  reutiliza su enlace
`,
    regionHelp: 'región de datos de {{provider}} (por defecto {{region}})',
    chooseProvider: 'Elige adónde subir con --provider ({{providers}}).',
    providerUnknown: '--provider debe nombrar uno de estos: {{providers}}, o varios separados por comas (assemblyai,memories).',
    nameAFile: 'Indica al menos un archivo o una carpeta para subir.',
    concurrency: '--concurrency debe ser un número entero de {{min}} a {{max}}.',
    offlineWait: '--offline-wait debe ser una duración como 90s, 5m o 1h.',
    keyName: '--key nombra una de las claves guardadas (media-uploader keys list). {{problem}}',
    notRecorded: '{{name}} se subió, pero el historial no pudo anotarlo: {{message}}',
    historyNotOpened: 'No se pudo abrir el historial de subidas, así que esta ejecución no quedará anotada: {{message}}',
    note: 'Nota: {{text}}',
  },
  report: {
    keyHint: "Aquí: ejecuta 'media-uploader keys set {{provider}}' o define {{variable}}.",
    removedKeyHint: "Aquí: 'media-uploader keys list' muestra las claves guardadas; 'media-uploader keys set {{provider}} --name NAME' añade una.",
    asset: 'recurso {{id}}',
    withKey: 'clave {{name}}',
    stillProcessing: '{{provider}} aún lo está procesando: se podrá usar cuando termine (--wait lo espera).',
    converted: '{{conversion}}: se envió la copia convertida.',
    locationRemoved: 'Ubicación quitada: se envió una copia sin ella.',
    reused: 'Ya se subió el {{day}}: se reutiliza ese enlace, no se envió nada.',
    next: 'Después, {{purpose}}:',
  },
  progress: {
    waiting: 'en espera',
    left: 'quedan {{time}}',
    attempt: '(intento {{attempt}})',
    allFiles_one: '{{count}} archivo',
    allFiles_many: 'Los {{count}} archivos',
    allFiles_other: 'Los {{count}} archivos',
    allUploads_one: '{{count}} subida',
    allUploads_many: 'Las {{count}} subidas',
    allUploads_other: 'Las {{count}} subidas',
    done: '{{count}} listos',
  },
  offline: {
    waiting: 'Esperando la conexión a internet (hasta {{time}})…',
    back: 'Ha vuelto la conexión: subiendo.',
  },
  options: {
    baseUrlNotAnAddress: '--base-url debe ser una dirección web que empiece por https://.',
    baseUrlPlainHttp: '--base-url debe empezar por https://. Solo se acepta http:// sin cifrar para este ordenador (localhost, 127.0.0.1 o [::1]), para que una clave nunca cruce una red sin cifrar.',
    region: '--region debe ser {{choices}}, no «{{region}}».',
  },
  keyList: {
    keptIn: 'Las claves se guardan en {{backend}}.',
    row: '{{name}}  id {{id}}',
    default: 'predeterminada',
    noKey: 'ninguna clave guardada',
    unreadable: 'no se pudo leer',
    override: '{{variable}} está definida y se usa en su lugar (id {{id}})',
  },
  keys: {
    usage: `Uso: media-uploader keys set <provider> [--name NAME]
                                         guarda una clave (escrita sin mostrarse o por una
                                         tubería); con un nombre, otra clave, o se sustituye
                                         la de ese nombre
     media-uploader keys list            las claves de cada proveedor: nombres, ids, la
                                         predeterminada (nunca una clave)
     media-uploader keys default <provider> <name>
                                         usa esa clave cuando una subida no nombra ninguna (--key)
     media-uploader keys rename <provider> <name> <new name>
     media-uploader keys delete <provider> [--name NAME]
                                         olvida una clave guardada (sin --name, la predeterminada)
     media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                         pregunta al proveedor si la clave funciona

Proveedores: {{providers}}
La primera clave de un proveedor se llama {{defaultName}} si no le pones nombre; \`upload --key NAME\` usa otra.
Una clave definida en {{variables}} gana a la predeterminada en esa ejecución.
{{serviceVariable}} nombra otro grupo de entradas del llavero (para pruebas y scripts).
`,
    listTakesNothing: 'keys list no admite argumentos.',
    sayWhat: 'Indica qué hacer con las claves.',
    notACommand: 'Ese no es un comando de keys (set, list, default, rename, delete o test).',
    providerAndName: 'keys {{action}} solo admite el nombre del proveedor y --name NAME.',
    nameTheProvider: 'Indica el proveedor: media-uploader keys {{action}} <{{providers}}>.',
    notAProvider: 'Ese no es el nombre de un proveedor. Elige uno de: {{providers}}. (Lo que escribiste no se muestra, por si era una clave).',
    notOnCommandLine: 'No pongas la clave en la línea de comandos, donde otros usuarios de este ordenador pueden verla. Ejecuta el comando sin ella y pega la clave cuando se te pida, o pásala por una tubería.',
    onlyProvider: 'keys {{action}} solo admite el nombre del proveedor.',
    paste: 'Pega tu clave de API de {{provider}} (de {{page}}) y pulsa Intro: ',
    noKeyGiven: 'No se dio ninguna clave, así que no se guardó nada.',
    wrongLength_one: 'Eso no parece una clave de API de {{provider}} (tiene {{count}} carácter). Copia la clave entera de {{page}} y vuelve a intentarlo. No se guardó nada.',
    wrongLength_many: 'Eso no parece una clave de API de {{provider}} (tiene {{count}} caracteres). Copia la clave entera de {{page}} y vuelve a intentarlo. No se guardó nada.',
    wrongLength_other: 'Eso no parece una clave de API de {{provider}} (tiene {{count}} caracteres). Copia la clave entera de {{page}} y vuelve a intentarlo. No se guardó nada.',
    nothingSaved: '{{problem}} No se guardó nada.',
    saved: 'Clave de {{provider}} guardada en {{backend}}.',
    savedNamed: 'Clave de {{provider}} «{{name}}» guardada en {{backend}}.',
    notTheDefault: 'No es la clave predeterminada: sube con --key {{name}}, o hazla predeterminada con: media-uploader keys default {{id}} {{name}}',
    environmentWins: 'Nota: {{variable}} está definida en este entorno y gana a la clave predeterminada mientras lo esté.',
    noneSaved: 'No había ninguna clave de {{provider}} guardada en {{backend}}.',
    noneOfThatNameIn: "No hay ninguna clave de {{provider}} con ese nombre en {{backend}}. 'media-uploader keys list' muestra las claves guardadas.",
    noneOfThatName: "No hay ninguna clave de {{provider}} con ese nombre. 'media-uploader keys list' muestra las claves guardadas.",
    deleted: 'Clave de {{provider}} borrada de {{backend}}.',
    deletedNamed: 'Clave de {{provider}} «{{name}}» borrada de {{backend}}.',
    newDefault: 'La clave predeterminada de {{provider}} ahora es «{{name}}».',
    environmentStillSet: 'Nota: {{variable}} sigue definida en este entorno, así que en esta ejecución se sigue usando una clave.',
    nameTheKey: "Indica la clave: media-uploader keys default {{id}} <name> ('media-uploader keys list' muestra los nombres).",
    isNowDefault: '«{{name}}» es ahora la clave predeterminada de {{provider}}: la usan las subidas que no nombran ninguna clave (--key).',
    nameBoth: 'Indica la clave y su nuevo nombre: media-uploader keys rename {{id}} <name> <new name>.',
    renamed: 'La clave de {{provider}} «{{from}}» ahora se llama «{{to}}». Las subidas hechas con ella se siguen encontrando por su id.',
    testOptions: 'keys test solo admite el nombre del proveedor y --name, --base-url y --region.',
    noKeyYet: 'Aún no hay ninguna clave de API de {{provider}}. Guarda una con: media-uploader keys set {{id}}',
    tested: '{{message}} (Probada: {{source}}).',
    sourceEnvironment: 'la clave de {{variable}}',
    sourceSaved: 'la clave guardada',
    sourceNamed: 'la clave guardada «{{name}}»',
    saveNew: 'Para guardar una clave nueva: media-uploader keys set {{command}}',
    notPersistent: 'Aviso: no hay ningún servicio de llavero en marcha (como GNOME Keyring o KWallet), así que las claves se guardan en el llavero del kernel, que las olvida al reiniciar este ordenador. Inicia o instala un llavero para conservarlas, o define {{variable}} en su lugar.',
    anyVariable: 'la variable de entorno del proveedor',
  },
  history: {
    usage: `Uso: media-uploader history [--search TEXT] [--limit N] [--json]

  --search   solo las subidas cuyo nombre de archivo, proveedor, nombre de clave, enlace, ID de
             recurso o ruta contienen todas las palabras
  --limit    muestra como mucho N subidas (por defecto: todas)
  --json     un objeto JSON por subida y por línea, de la más reciente a la más antigua, nada más
             (keyName y keyId: la clave que la hizo, si consta; nunca la clave)

El historial se guarda en la carpeta de datos de la app; {{variable}} apunta a otra.
`,
    limit: '--limit debe ser un número entero de 1 o más, no «{{value}}».',
    nothingYet: 'Aún no hay subidas (se buscó en {{dir}}).',
    damaged_one: 'Nota: se omitió {{count}} línea dañada en {{file}} (una escritura interrumpida o un problema del disco).',
    damaged_many: 'Nota: se omitieron {{count}} líneas dañadas en {{file}} (una escritura interrumpida o un problema del disco).',
    damaged_other: 'Nota: se omitieron {{count}} líneas dañadas en {{file}} (una escritura interrumpida o un problema del disco).',
    when: 'Cuándo',
    provider: 'Proveedor',
    file: 'Archivo',
    result: 'Resultado',
    failed: 'falló: {{message}}',
    unknownError: 'error desconocido',
    uploaded: 'subido',
    expires: 'caduca el {{time}}',
    deletedFrom: 'borrado de {{provider}} el {{time}}',
    uploads_one: '{{count}} subida',
    uploads_many: '{{count}} subidas',
    uploads_other: '{{count}} subidas',
    all: '{{uploads}}.',
    allShown: '{{uploads}}; se muestran las {{shown}} más recientes.',
    matching: '{{uploads}} de {{all}} coinciden con «{{search}}».',
    matchingShown: '{{uploads}} de {{all}} coinciden con «{{search}}»; se muestran {{shown}}.',
  },
  delete: {
    usage: `Uso: media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  Borra para siempre una subida del proveedor y marca su entrada del historial como quitada.
  El id es el de una entrada del historial (media-uploader history --json) o el ID de recurso
  que dio el proveedor. memories.ai y HeyGen pueden borrar subidas; AssemblyAI y WaveSpeedAI
  no (ellos mismos las borran al cabo de unos días).

  --provider   dónde está la subida (obligatorio)
  --yes        borra sin preguntar (necesario cuando no hay una terminal donde preguntar)
`,
    nameOne: 'Indica una subida: su id del historial o su ID de recurso.',
    sayWhere: 'Indica dónde está la subida con --provider ({{providers}}).',
    providerUnknown: '--provider debe nombrar uno de estos: {{providers}}.',
    otherProvider: 'Esa entrada del historial es una subida a {{entryProvider}}, no a {{provider}}. Vuelve a ejecutarlo con --provider {{id}}.',
    alreadyDeleted: '{{name}} ya se borró de {{provider}} el {{day}}.',
    noAssetId: '{{name}} no tiene ID de recurso de {{provider}} que borrar: no terminó de subirse.',
    withAssetId: 'la subida con ID de recurso {{id}}',
    namedWithAssetId: '{{name}} (ID de recurso {{id}})',
    confirm: '¿Borrar {{what}} de {{provider}}? No se puede deshacer. [s/N] ',
    yesAnswers: 's, sí, si',
    nothingDeleted: 'No se borró nada.',
    nothingDeletedNoTerminal: 'No se borró nada: no hay una terminal donde preguntar. Añade --yes para borrar sin preguntar.',
    deleted: 'Borrado de {{provider}}: {{what}}.',
    keyHint: "Aquí: ejecuta 'media-uploader keys set {{id}}' o define {{variable}}.",
    removedKeyHint: "Aquí: 'media-uploader keys list' muestra las claves guardadas; 'media-uploader keys set {{id}} --name NAME' vuelve a añadir esa clave.",
    historyNotOpened: 'No se pudo abrir el historial de subidas, así que no indicará que la subida se borró: {{message}}',
  },
} as const satisfies Catalogue;
