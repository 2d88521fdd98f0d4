// The cli words in fr (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader : envoyer des images, des vidéos et de l'audio à des services d'IA.

{{uploadUsage}}
Autres commandes :
  media-uploader keys set <provider> [--name NAME]
                                         enregistrer une clé dans le trousseau du système
                                         (saisie masquée) ; plusieurs par fournisseur sous des
                                         noms, dont une par défaut
  media-uploader keys list               les clés de chaque fournisseur : noms, identifiants,
                                         clé par défaut (jamais une clé elle-même)
  media-uploader keys default <provider> <name>
                                         la clé des envois qui n'en nomment aucune (--key)
  media-uploader keys delete <provider> [--name NAME]
                                         oublier une clé
  media-uploader keys test <provider> [--name NAME]
                                         vérifier une clé auprès du fournisseur
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         supprimer un envoi de memories.ai ou HeyGen

Fournisseurs :
{{providers}}

Environnement :
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    une clé pour cette exécution (« de l'environnement ») ;
                                    passe avant la clé par défaut du trousseau, pas avant --key
  MEDIA_UPLOADER_DATA_DIR           où l'historique est conservé (par défaut : le dossier de
                                    données de l'app)
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   groupe d'entrées du trousseau (par défaut media-uploader),
                                    pour les tests et les scripts
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY le proxy à utiliser, et les hôtes joints en direct, comme
                                    curl les lit (majuscules ou minuscules ; ALL_PROXY aussi ;
                                    http://user:password@host:port)
  LC_ALL, LC_MESSAGES, LANG         la langue de ce qui s'affiche pour une personne (--json ne
                                    change pas)

Code de sortie : 0 si tous les fichiers ont été envoyés, 1 si l'un a échoué, 2 pour une erreur
d'utilisation.
`,
    providerLine: "{{name}} (clé dans {{variable}} ou via 'media-uploader keys set {{id}}')",
    notACommand: "Ce n'est pas une commande de media-uploader. Lancez media-uploader --help pour voir ce qu'il sait faire.",
    somethingWrong: "Un problème est survenu dans media-uploader : {{message}}",
  },
  upload: {
    usage: `Utilisation : media-uploader upload <fichier ou dossier>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait DURÉE]

  --provider      où vont les fichiers (obligatoire) ; plusieurs, séparés par des virgules,
                  envoient chaque fichier à chacun (assemblyai,memories) : un envoi et une
                  ligne pour chacun
  --key           laquelle des clés enregistrées du (premier) fournisseur
                  (media-uploader keys list) ; sans cette option, la clé de sa variable
                  d'environnement si elle existe, sinon sa clé par défaut. La clé de chaque
                  envoi est notée (son nom et son identifiant, jamais la clé : "key" dans --json)
  --region        {{regionHelp}}
  --base-url      envoyer à ce serveur plutôt qu'à celui du fournisseur (même chemin documenté)
  --concurrency   envois simultanés, de {{min}} à {{max}} (par défaut {{concurrency}})
  --json          un objet JSON par fichier et par ligne sur stdout, rien d'autre
  --next          afficher aussi, pour chaque fichier envoyé, la requête suivante habituelle
                  sous forme de commande curl (la clé reste dans sa variable d'environnement,
                  par ex. $HEYGEN_API_KEY)
  --keep-location envoyer photos et vidéos avec leurs données de localisation (GPS) ; par
                  défaut, une copie sans elles est envoyée et le fichier reste tel quel
  --convert       convertir un fichier que le fournisseur refuse dans un format qu'il accepte,
                  et envoyer ce dernier : MOV en MP4 (sans réencodage quand les codecs le
                  permettent), FLAC, M4A, OGG ou AAC en MP3, GIF, WebP, BMP ou TIFF en PNG ;
                  le fichier lui-même ne change pas
  --wait          attendre que le fournisseur indique que chaque envoi est prêt (memories.ai,
                  HeyGen), au lieu de répondre dès qu'il a reçu les données
  --offline-wait  si le fournisseur est injoignable (pas de connexion), l'attendre pendant
                  cette durée avant que les envois échouent, par ex. 90s, 10m (par défaut 5m)
  --reuse         un fichier déjà envoyé au même fournisseur avec la même clé (même taille et
                  même empreinte, lien non expiré, d'après l'historique) n'est pas renvoyé :
                  son lien est réutilisé
`,
    regionHelp: 'région des données de {{provider}} (par défaut {{region}})',
    chooseProvider: 'Choisissez la destination avec --provider ({{providers}}).',
    providerUnknown: '--provider doit nommer un de ces fournisseurs : {{providers}}, ou plusieurs séparés par des virgules (assemblyai,memories).',
    nameAFile: 'Indiquez au moins un fichier ou un dossier à envoyer.',
    concurrency: '--concurrency doit être un nombre entier de {{min}} à {{max}}.',
    offlineWait: '--offline-wait doit être une durée, par exemple 90s, 5m ou 1h.',
    keyName: '--key désigne une des clés enregistrées (media-uploader keys list). {{problem}}',
    notRecorded: "{{name}} a été envoyé, mais l'historique n'a pas pu l'enregistrer : {{message}}",
    historyNotOpened: "Impossible d'ouvrir l'historique des envois : cette exécution n'y sera pas notée. {{message}}",
    note: 'Remarque : {{text}}',
  },
  report: {
    keyHint: "Ici : lancez 'media-uploader keys set {{provider}}' ou définissez {{variable}}.",
    removedKeyHint: "Ici : 'media-uploader keys list' affiche les clés enregistrées ; 'media-uploader keys set {{provider}} --name NAME' en ajoute une.",
    asset: 'ressource {{id}}',
    withKey: 'clé {{name}}',
    stillProcessing: "Traitement en cours chez {{provider}} : utilisable une fois terminé (--wait l'attend).",
    converted: '{{conversion}} : la copie convertie a été envoyée.',
    locationRemoved: 'Localisation retirée : une copie sans elle a été envoyée.',
    reused: 'Déjà envoyé le {{day}} : ce lien est réutilisé, rien n’a été envoyé.',
    next: 'Ensuite, {{purpose}} :',
  },
  progress: {
    waiting: 'en attente',
    left: 'encore {{time}}',
    attempt: '(essai {{attempt}})',
    allFiles_one: '{{count}} fichier',
    allFiles_many: 'Les {{count}} fichiers',
    allFiles_other: 'Les {{count}} fichiers',
    allUploads_one: '{{count}} envoi',
    allUploads_many: 'Les {{count}} envois',
    allUploads_other: 'Les {{count}} envois',
    done: '{{count}} terminé(s)',
  },
  offline: {
    waiting: 'En attente de la connexion Internet (jusqu’à {{time}})…',
    back: 'La connexion est revenue : envoi en cours.',
  },
  options: {
    baseUrlNotAnAddress: '--base-url doit être une adresse web qui commence par https://.',
    baseUrlPlainHttp: "--base-url doit commencer par https://. Le simple http:// n'est accepté que pour cet ordinateur (localhost, 127.0.0.1 ou [::1]), pour qu'une clé ne traverse jamais un réseau sans chiffrement.",
    region: '--region doit valoir {{choices}}, pas « {{region}} ».',
  },
  keyList: {
    keptIn: 'Les clés sont conservées dans {{backend}}.',
    row: '{{name}}  id {{id}}',
    default: 'par défaut',
    noKey: 'aucune clé enregistrée',
    unreadable: 'illisible',
    override: '{{variable}} est définie et sert à la place (id {{id}})',
  },
  keys: {
    usage: `Utilisation : media-uploader keys set <provider> [--name NAME]
                                         enregistrer une clé (saisie masquée, ou via un pipe) ;
                                         avec un nom, une autre clé, ou celle de ce nom remplacée
       media-uploader keys list          les clés de chaque fournisseur : noms, identifiants,
                                         la clé par défaut (jamais une clé elle-même)
       media-uploader keys default <provider> <name>
                                         utiliser cette clé quand un envoi n'en nomme aucune (--key)
       media-uploader keys rename <provider> <name> <new name>
       media-uploader keys delete <provider> [--name NAME]
                                         oublier une clé enregistrée (celle par défaut sans --name)
       media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                         demander au fournisseur si la clé fonctionne

Fournisseurs : {{providers}}
La première clé d'un fournisseur s'appelle {{defaultName}} si vous ne la nommez pas ; \`upload --key NAME\` en utilise une autre.
Une clé définie dans {{variables}} passe avant la clé par défaut pour cette exécution.
{{serviceVariable}} désigne un autre groupe d'entrées du trousseau (pour les tests et les scripts).
`,
    listTakesNothing: "keys list ne prend pas d'arguments.",
    sayWhat: 'Indiquez quoi faire avec les clés.',
    notACommand: "Ce n'est pas une commande de keys (set, list, default, rename, delete ou test).",
    providerAndName: 'keys {{action}} ne prend que le nom du fournisseur et --name NAME.',
    nameTheProvider: 'Indiquez le fournisseur : media-uploader keys {{action}} <{{providers}}>.',
    notAProvider: "Ce n'est pas un nom de fournisseur. Choisissez parmi : {{providers}}. (La saisie n'est pas affichée, au cas où ce serait une clé.)",
    notOnCommandLine: "Ne mettez pas la clé dans la ligne de commande, où les autres utilisateurs de cet ordinateur peuvent la voir. Lancez la commande sans elle et collez la clé quand elle vous est demandée, ou transmettez-la via un pipe.",
    onlyProvider: 'keys {{action}} ne prend que le nom du fournisseur.',
    paste: 'Collez votre clé API {{provider}} (depuis {{page}}) puis appuyez sur Entrée : ',
    noKeyGiven: "Aucune clé n'a été saisie, rien n'a donc été enregistré.",
    wrongLength_one: "Cela ne ressemble pas à une clé API {{provider}} (elle fait {{count}} caractère). Copiez la clé entière depuis {{page}} et réessayez. Rien n'a été enregistré.",
    wrongLength_many: "Cela ne ressemble pas à une clé API {{provider}} (elle fait {{count}} caractères). Copiez la clé entière depuis {{page}} et réessayez. Rien n'a été enregistré.",
    wrongLength_other: "Cela ne ressemble pas à une clé API {{provider}} (elle fait {{count}} caractères). Copiez la clé entière depuis {{page}} et réessayez. Rien n'a été enregistré.",
    nothingSaved: "{{problem}} Rien n'a été enregistré.",
    saved: 'Clé {{provider}} enregistrée dans {{backend}}.',
    savedNamed: 'Clé {{provider}} « {{name}} » enregistrée dans {{backend}}.',
    notTheDefault: "Ce n'est pas la clé par défaut : envoyez avec --key {{name}}, ou faites-en la clé par défaut avec : media-uploader keys default {{id}} {{name}}",
    environmentWins: 'Remarque : {{variable}} est définie dans cet environnement et passe avant la clé par défaut tant qu’elle l’est.',
    noneSaved: "Aucune clé {{provider}} n'était enregistrée dans {{backend}}.",
    noneOfThatNameIn: "Il n'y a pas de clé {{provider}} de ce nom dans {{backend}}. 'media-uploader keys list' affiche les clés enregistrées.",
    noneOfThatName: "Il n'y a pas de clé {{provider}} de ce nom. 'media-uploader keys list' affiche les clés enregistrées.",
    deleted: 'Clé {{provider}} supprimée de {{backend}}.',
    deletedNamed: 'Clé {{provider}} « {{name}} » supprimée de {{backend}}.',
    newDefault: 'La clé {{provider}} par défaut est désormais « {{name}} ».',
    environmentStillSet: 'Remarque : {{variable}} est toujours définie dans cet environnement, une clé sert donc encore pour cette exécution.',
    nameTheKey: "Indiquez la clé : media-uploader keys default {{id}} <name> ('media-uploader keys list' affiche les noms).",
    isNowDefault: '« {{name}} » est désormais la clé {{provider}} par défaut : les envois qui ne nomment aucune clé (--key) l’utilisent.',
    nameBoth: 'Indiquez la clé et son nouveau nom : media-uploader keys rename {{id}} <name> <new name>.',
    renamed: 'La clé {{provider}} « {{from}} » s’appelle désormais « {{to}} ». Les envois faits avec elle restent retrouvés par son identifiant.',
    testOptions: 'keys test ne prend que le nom du fournisseur, et --name, --base-url et --region.',
    noKeyYet: "Il n'y a pas encore de clé API {{provider}}. Enregistrez-en une avec : media-uploader keys set {{id}}",
    tested: '{{message}} (Testé : {{source}}.)',
    sourceEnvironment: 'la clé de {{variable}}',
    sourceSaved: 'la clé enregistrée',
    sourceNamed: 'la clé enregistrée « {{name}} »',
    saveNew: 'Pour enregistrer une nouvelle clé : media-uploader keys set {{command}}',
    notPersistent: "Attention : aucun service de trousseau (comme GNOME Keyring ou KWallet) n'est lancé, les clés sont donc gardées dans le trousseau du noyau, qui les oublie au redémarrage de cet ordinateur. Lancez ou installez un trousseau pour les conserver, ou définissez plutôt {{variable}}.",
    anyVariable: "la variable d'environnement du fournisseur",
  },
  history: {
    usage: `Utilisation : media-uploader history [--search TEXT] [--limit N] [--json]

  --search   seulement les envois dont le nom de fichier, le fournisseur, le nom de clé, le
             lien, l'ID de ressource ou le chemin contiennent chaque mot
  --limit    afficher au plus N envois (par défaut : tous)
  --json     un objet JSON par envoi et par ligne, du plus récent au plus ancien, rien d'autre
             (keyName et keyId : la clé qui l'a fait, si notée ; jamais la clé)

L'historique est conservé dans le dossier de données de l'app ; {{variable}} en désigne un autre.
`,
    limit: '--limit doit être un nombre entier de 1 ou plus, pas « {{value}} ».',
    nothingYet: 'Aucun envoi pour le moment (recherché dans {{dir}}).',
    damaged_one: "Remarque : {{count}} ligne abîmée de {{file}} a été ignorée (une écriture interrompue ou un problème de disque).",
    damaged_many: "Remarque : {{count}} lignes abîmées de {{file}} ont été ignorées (une écriture interrompue ou un problème de disque).",
    damaged_other: "Remarque : {{count}} lignes abîmées de {{file}} ont été ignorées (une écriture interrompue ou un problème de disque).",
    when: 'Date',
    provider: 'Fournisseur',
    file: 'Fichier',
    result: 'Résultat',
    failed: 'échec : {{message}}',
    unknownError: 'erreur inconnue',
    uploaded: 'envoyé',
    expires: 'expire le {{time}}',
    deletedFrom: 'supprimé de {{provider}} le {{time}}',
    uploads_one: '{{count}} envoi',
    uploads_many: '{{count}} envois',
    uploads_other: '{{count}} envois',
    all: '{{uploads}}.',
    allShown: '{{uploads}}, les {{shown}} plus récents affichés.',
    matching: '{{uploads}} sur {{all}} correspondent à « {{search}} ».',
    matchingShown: '{{uploads}} sur {{all}} correspondent à « {{search}} », {{shown}} affichés.',
  },
  delete: {
    usage: `Utilisation : media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  Supprime définitivement un envoi chez le fournisseur et marque son entrée d'historique
  comme retirée. L'identifiant est celui d'une entrée d'historique (media-uploader history --json)
  ou l'ID de ressource donné par le fournisseur. memories.ai et HeyGen peuvent supprimer des
  envois ; AssemblyAI et WaveSpeedAI non (ils les suppriment eux-mêmes après quelques jours).

  --provider   où se trouve l'envoi (obligatoire)
  --yes        supprimer sans demander (nécessaire s'il n'y a pas de terminal pour demander)
`,
    nameOne: "Indiquez un envoi : son identifiant d'historique ou son ID de ressource.",
    sayWhere: "Indiquez où se trouve l'envoi avec --provider ({{providers}}).",
    providerUnknown: '--provider doit nommer un de ces fournisseurs : {{providers}}.',
    otherProvider: "Cette entrée d'historique est un envoi vers {{entryProvider}}, pas vers {{provider}}. Relancez avec --provider {{id}}.",
    alreadyDeleted: '{{name}} a déjà été supprimé de {{provider}} le {{day}}.',
    noAssetId: "{{name}} n'a pas d'ID de ressource {{provider}} à supprimer : son envoi n'a pas abouti.",
    withAssetId: "l'envoi avec l'ID de ressource {{id}}",
    namedWithAssetId: '{{name}} (ID de ressource {{id}})',
    confirm: 'Supprimer {{what}} de {{provider}} ? Impossible de revenir en arrière. [o/N] ',
    yesAnswers: 'o, oui',
    nothingDeleted: "Rien n'a été supprimé.",
    nothingDeletedNoTerminal: "Rien n'a été supprimé : il n'y a pas de terminal pour demander. Ajoutez --yes pour supprimer sans demander.",
    deleted: '{{what}} : supprimé de {{provider}}.',
    keyHint: "Ici : lancez 'media-uploader keys set {{id}}' ou définissez {{variable}}.",
    removedKeyHint: "Ici : 'media-uploader keys list' affiche les clés enregistrées ; 'media-uploader keys set {{id}} --name NAME' ajoute de nouveau cette clé.",
    historyNotOpened: "Impossible d'ouvrir l'historique des envois : il n'indiquera pas que l'envoi a été supprimé. {{message}}",
  },
} as const satisfies Catalogue;
