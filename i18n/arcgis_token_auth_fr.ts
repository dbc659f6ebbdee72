<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="284"/>
        <source>Nothing to do here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="333"/>
        <source>This address only receives the answer of a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="302"/>
        <source>Sign-in failed</source>
        <translation type="unfinished">Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="294"/>
        <source>Sign-in already handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="294"/>
        <source>This sign-in has already ended. Return to QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="304"/>
        <source>Signed in as {name}. You can close this tab and return to QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="305"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="331"/>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="331"/>
        <source>Open this page at the address the sign-in redirected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="333"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="103"/>
        <source>Enter your ArcGIS user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="104"/>
        <source>Enter the API key (in the password field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="105"/>
        <source>Enter the app&apos;s client ID (user name) and client secret (password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="106"/>
        <source>Enter the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="28"/>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="29"/>
        <source>Server, service or layer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="32"/>
        <source>User name (without a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="33"/>
        <source>Sign in with this user name and the password below instead of a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="35"/>
        <source>Password (without a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="36"/>
        <source>QGIS shows and stores it as &lt;hidden&gt; (log, history, copied commands). Prefer a connection: its password stays encrypted in QGIS&apos;s authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddLayersDialog</name>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="86"/>
        <source>No connection yet: add one with “Connections…”.</source>
        <translation>Aucune connexion pour l'instant : ajoutez-en une avec « Connexions… ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="126"/>
        <source>Reading the catalog of “%1”</source>
        <translation>Lecture du catalogue de « %1 »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="191"/>
        <source>Empty catalog</source>
        <translation>Catalogue vide</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="191"/>
        <source>No feature or map service is visible to this connection.</source>
        <translation>Aucun service d'entités ou de carte n'est visible pour cette connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="200"/>
        <source>The catalog could not be read</source>
        <translation>Le catalogue n'a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="198"/>
        <source>“%1” could not sign in</source>
        <translation>« %1 » n'a pas pu se connecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="208"/>
        <source>An internal error stopped it (%1); the message log has the details.</source>
        <translation>Une erreur interne l'a interrompu (%1) ; le journal des messages contient les détails.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="262"/>
        <source>Adding layers from “%1”</source>
        <translation>Ajout de couches depuis « %1 »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="271"/>
        <source>Layers not added</source>
        <translation>Couches non ajoutées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="278"/>
        <source>Layers added to the project: %1.</source>
        <translation>Couches ajoutées au projet : %1.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="281"/>
        <source>Not added</source>
        <translation>Non ajoutées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="281"/>
        <source>QGIS could not open %1. The message log has the details.</source>
        <translation>QGIS n'a pas pu ouvrir %1. Le journal des messages contient les détails.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="293"/>
        <source>Added to ArcGIS REST Servers in QGIS&apos;s Browser panel: %1.</source>
        <translation>Ajouté aux Serveurs ArcGIS REST du panneau Explorateur de QGIS : %1.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="14"/>
        <source>Add Secured ArcGIS Layers</source>
        <translation>Ajouter des couches ArcGIS sécurisées</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="32"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="52"/>
        <source>Read the catalog again</source>
        <translation>Relire le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="59"/>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="93"/>
        <source>Filter by folder, service or layer name</source>
        <translation>Filtrer par nom de dossier, de service ou de couche</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="128"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="139"/>
        <source>Add as</source>
        <translation>Ajouter comme</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="146"/>
        <source>Feature layers</source>
        <translation>Couches vecteur</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="156"/>
        <source>Map layers (drawn by the server)</source>
        <translation>Couches de carte (dessinées par le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="180"/>
        <source>Adds the connection&apos;s servers to QGIS&apos;s own ArcGIS REST Servers in the Browser panel, signed in through this connection.</source>
        <translation>Ajoute les serveurs de la connexion aux Serveurs ArcGIS REST de QGIS dans le panneau Explorateur, connectés par cette connexion.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="183"/>
        <source>Create QGIS Browser Connection</source>
        <translation>Créer une connexion dans l'Explorateur QGIS</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="203"/>
        <source>Add Layers</source>
        <translation>Ajouter les couches</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="80"/>
        <source>Choose a connection…</source>
        <translation>Choisissez une connexion…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="142"/>
        <source>No connection for this address</source>
        <translation>Aucune connexion pour cette adresse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="142"/>
        <source>No connection covers %1: add one with “Connections…”.</source>
        <translation>Aucune connexion ne couvre %1 : ajoutez-en une avec « Connexions… ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="148"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="77"/>
        <source>Or paste a service or layer URL: …/rest/services/Name/FeatureServer/0</source>
        <translation>Ou collez l'URL d'un service ou d'une couche : …/rest/services/Nom/FeatureServer/0</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="84"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>ArcGISAuthError</name>
    <message>
        <location filename="../plugin/core/errors.py" line="70"/>
        <source>Signing in to {server} failed.</source>
        <translation>La connexion à {server} a échoué.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="85"/>
        <source>“{url}” is not a URL the plugin can use. Paste the http(s):// address of an ArcGIS Server service or folder, a portal or an ArcGIS Online organisation.</source>
        <translation>« {url} » n'est pas une URL utilisable par l'extension. Collez l'adresse http(s):// d'un service ou d'un dossier ArcGIS Server, d'un portail ou d'une organisation ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="115"/>
        <source>{server} refused the user name or password (or the client ID and secret). Check them — user names are case-sensitive — and enter them again.</source>
        <translation>{server} a refusé le nom d'utilisateur ou le mot de passe (ou l'ID client et le secret). Vérifiez-les — les noms d'utilisateur distinguent majuscules et minuscules — et saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="124"/>
        <source>The account is locked or not allowed to sign in at {server}. Wait until the lock expires, or ask your ArcGIS administrator to unlock or enable it.</source>
        <translation>Le compte est verrouillé ou n'est pas autorisé à se connecter à {server}. Attendez la fin du verrouillage ou demandez à votre administrateur ArcGIS de le déverrouiller ou de l'activer.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="144"/>
        <source>No {secret_name} is stored for the connection “{connection_name}”. Enter it in the connection's settings and try again.</source>
        <translation>Aucun secret n'est enregistré pour la connexion « {connection_name} » ({secret_name}). Saisissez-le dans les paramètres de la connexion, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="162"/>
        <source>The API key of the connection “{connection_name}” expired on {expires_on}. Create a new key in your ArcGIS developer dashboard and enter it in the connection.</source>
        <translation>La clé d'API de la connexion « {connection_name} » a expiré le {expires_on}. Créez une nouvelle clé dans votre tableau de bord de développeur ArcGIS et saisissez-la dans la connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="173"/>
        <source>The API key of the connection “{connection_name}” expires on {expires_on}. Create a new key in your ArcGIS developer dashboard and enter it in the connection.</source>
        <translation>La clé d'API de la connexion « {connection_name} » expire le {expires_on}. Créez une nouvelle clé dans votre tableau de bord de développeur ArcGIS et saisissez-la dans la connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="274"/>
        <source>{server} only accepts sign-ins over HTTPS. Change the connection&apos;s URL to start with https://.</source>
        <translation>{server} n'accepte les connexions qu'en HTTPS. Modifiez l'URL de la connexion pour qu'elle commence par https://.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="281"/>
        <source>Signing in to {server} would send your credentials unencrypted over plain HTTP, so the plugin did not do it. Use an https:// URL, or allow plain HTTP in the connection if you accept the risk.</source>
        <translation>Se connecter à {server} enverrait vos identifiants en clair par HTTP non chiffré ; l'extension ne l'a donc pas fait. Utilisez une URL https://, ou autorisez le HTTP non chiffré dans la connexion si vous en acceptez le risque.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="299"/>
        <source>{server} redirected the request to {target}; the plugin did not send your credentials there. If {target} is the right server, use it in the connection&apos;s URL.</source>
        <translation>{server} a redirigé la requête vers {target} ; l'extension n'y a pas envoyé vos identifiants. Si {target} est le bon serveur, utilisez-le dans l'URL de la connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="318"/>
        <source>The HTTPS certificate of {server} is not trusted. If your organisation uses its own certificate authority, add it in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities) and try again.</source>
        <translation>Le certificat HTTPS de {server} n'est pas approuvé. Si votre organisation utilise sa propre autorité de certification, ajoutez-la dans QGIS (Préférences &gt; Options &gt; Authentification &gt; Gestionnaire de certificats &gt; Autorités), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="330"/>
        <source>The HTTPS certificate of {server} is for {certificate_names}, not for the host name in the connection&apos;s URL, so the connection is not secure. Use the host name the certificate is for in the URL (an IP address or a short name fails this way), or ask the server&apos;s administrator for a certificate that includes the name you use.</source>
        <translation>Le certificat HTTPS de {server} est établi pour {certificate_names}, et non pour le nom d'hôte de l'URL de la connexion : la connexion n'est donc pas sûre. Utilisez dans l'URL le nom d'hôte pour lequel le certificat est établi (une adresse IP ou un nom court échoue ainsi), ou demandez à l'administrateur du serveur un certificat qui inclut le nom que vous utilisez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="340"/>
        <source>A secure (HTTPS) connection to {server} could not be set up. Check that the URL&apos;s scheme and port are right (https:// on an HTTP-only port fails this way) and QGIS&apos;s proxy settings.</source>
        <translation>Impossible d'établir une connexion sécurisée (HTTPS) avec {server}. Vérifiez que le schéma et le port de l'URL sont corrects (https:// sur un port uniquement HTTP échoue ainsi), ainsi que les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="351"/>
        <source>{server} could not be reached: its name did not resolve, the network is down or the connection broke off. Check the URL, your network connection and QGIS&apos;s proxy settings.</source>
        <translation>{server} est injoignable : son nom n'a pas pu être résolu, le réseau est indisponible ou la connexion a été interrompue. Vérifiez l'URL, votre connexion réseau et les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="360"/>
        <source>{server} refused the connection: nothing answers at that address and port. Check the URL (and its port), or ask whether the server is running.</source>
        <translation>{server} a refusé la connexion : rien ne répond à cette adresse sur ce port. Vérifiez l'URL (et son port), ou demandez si le serveur est en marche.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="368"/>
        <source>{server} did not answer in time. Try again later; if it keeps happening, check your network and QGIS&apos;s proxy settings.</source>
        <translation>{server} n'a pas répondu à temps. Réessayez plus tard ; si le problème persiste, vérifiez votre réseau et les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="379"/>
        <source>No ArcGIS token service was found at {server}. Check the connection&apos;s URL; the server may not use token-based security (web-tier authentication needs QGIS&apos;s own authentication methods).</source>
        <translation>Aucun service de jetons ArcGIS n'a été trouvé sur {server}. Vérifiez l'URL de la connexion ; le serveur n'utilise peut-être pas la sécurité par jetons (l'authentification au niveau du serveur web nécessite les méthodes d'authentification de QGIS).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="390"/>
        <source>{server} failed to answer the request (HTTP {status}): the server, or a proxy or gateway in front of it, has a problem. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>{server} n'a pas pu répondre à la requête (HTTP {status}) : le serveur, ou un proxy ou une passerelle placés devant lui, rencontre un problème. Réessayez plus tard ; si le problème persiste, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="400"/>
        <source>{server} has nothing at the address the plugin asked for (HTTP 404). Check the connection&apos;s URL: the site, web adaptor, folder or service name may be misspelt, or the service may have moved.</source>
        <translation>{server} n'a rien à l'adresse demandée par l'extension (HTTP 404). Vérifiez l'URL de la connexion : le nom du site, de l'adaptateur web, du dossier ou du service est peut-être mal orthographié, ou le service a peut-être été déplacé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="411"/>
        <source>{server} answered with a web page instead of ArcGIS data — often a sign-in page of a proxy or of web-tier authentication. Check the URL; for web-tier authentication use QGIS's own authentication methods.</source>
        <translation>{server} a répondu par une page web au lieu de données ArcGIS — souvent la page de connexion d'un proxy ou d'une authentification au niveau du serveur web. Vérifiez l'URL ; pour une authentification au niveau du serveur web, utilisez les méthodes d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="420"/>
        <source>{server} gave an answer the plugin does not understand. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online.</source>
        <translation>{server} a donné une réponse que l'extension ne comprend pas. Vérifiez que l'URL désigne un ArcGIS Server, un portail ArcGIS Enterprise ou ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="428"/>
        <source>{server} sent an empty answer where ArcGIS data was expected. Try again later; if it keeps happening, tell the server&apos;s administrator: a proxy or web adaptor in front of ArcGIS may be failing.</source>
        <translation>{server} a envoyé une réponse vide là où des données ArcGIS étaient attendues. Réessayez plus tard ; si le problème persiste, prévenez l'administrateur du serveur : un proxy ou un adaptateur web placé devant ArcGIS est peut-être défaillant.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="436"/>
        <source>The answer from {server} was cut short: the connection closed before all of it arrived. Try again; if it keeps happening, check your network and QGIS&apos;s proxy settings, or tell the server&apos;s administrator.</source>
        <translation>La réponse de {server} a été tronquée : la connexion s'est fermée avant qu'elle n'arrive en entier. Réessayez ; si le problème persiste, vérifiez votre réseau et les paramètres de proxy de QGIS, ou prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="446"/>
        <source>{server} answered with text that is not valid JSON, so not the ArcGIS data the plugin asked for. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online; if it does, the server or a proxy in front of it has a problem: try again later or tell its administrator.</source>
        <translation>{server} a répondu par un texte qui n'est pas du JSON valide, et donc pas par les données ArcGIS que l'extension a demandées. Vérifiez que l'URL désigne un ArcGIS Server, un portail ArcGIS Enterprise ou ArcGIS Online ; si c'est le cas, le serveur ou un proxy placé devant lui rencontre un problème : réessayez plus tard ou prévenez son administrateur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="457"/>
        <source>{server} refused the request.</source>
        <translation>{server} a refusé la requête.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="461"/>
        <source>{server} rejected the token as invalid or expired (498). The plugin signs in again automatically; if this keeps happening, test the connection.</source>
        <translation>{server} a rejeté le jeton comme non valide ou expiré (498). L'extension se reconnecte automatiquement ; si cela se reproduit, testez la connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="486"/>
        <source>{server} asked for a token it did not receive (499). Check that the layer uses this connection; for an old server, set the connection&apos;s token transport to the query parameter.</source>
        <translation>{server} a demandé un jeton qu'il n'a pas reçu (499). Vérifiez que la couche utilise cette connexion ; pour un ancien serveur, réglez l'envoi du jeton de la connexion sur le paramètre de requête.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="494"/>
        <source>{server} refused access (403): the account may not use this service. Ask the service owner to share it with you.</source>
        <translation>{server} a refusé l'accès (403) : le compte n'est pas autorisé à utiliser ce service. Demandez au propriétaire du service de le partager avec vous.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="34"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="35"/>
        <source>API key</source>
        <translation>clé d'API</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="36"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="27"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../plugin/core/http.py" line="65"/>
        <source>another host name</source>
        <translation>un autre nom d'hôte</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="67"/>
        <source>the Python package &apos;keyring&apos; is not installed in QGIS&apos;s Python</source>
        <translation>le paquet Python « keyring » n'est pas installé dans le Python de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="73"/>
        <source>no OS keyring backend is available on this system</source>
        <translation>aucun trousseau de clés du système d'exploitation n'est disponible sur ce système</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="133"/>
        <source>Your organisation at {server} signs users in through its identity provider (SAML) or with multifactor authentication, which a user name and password cannot do. Change the connection to browser sign-in (OAuth2, with the client ID of an app registered in your organisation), or use an API key or app credentials.</source>
        <translation>Votre organisation sur {server} connecte ses utilisateurs par son fournisseur d'identité (SAML) ou avec une authentification multifacteur, ce qu'un nom d'utilisateur et un mot de passe ne permettent pas. Passez la connexion à l'identification dans le navigateur (OAuth2, avec l'ID client d'une application enregistrée dans votre organisation), ou utilisez une clé d'API ou des identifiants d'application.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="153"/>
        <source>{server} is a standalone ArcGIS Server: API keys, app credentials and browser sign-in work only with ArcGIS Online, ArcGIS Enterprise portals and their federated servers. Use a user name and password for it.</source>
        <translation>{server} est un ArcGIS Server autonome : les clés d'API, les identifiants d'application et l'identification dans le navigateur ne fonctionnent qu'avec ArcGIS Online, les portails ArcGIS Enterprise et leurs serveurs fédérés. Utilisez un nom d'utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="188"/>
        <source>The connection “{connection_name}” signs in through the browser, and no sign-in is stored for it. In QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”; qgis_process and Processing then use that sign-in.</source>
        <translation>La connexion « {connection_name} » s'identifie dans le navigateur, et aucune identification n'est enregistrée pour elle. Dans QGIS Desktop, ouvrez la connexion dans les connexions d'ArcGIS Token Auth et cliquez sur « S'identifier dans le navigateur » ; qgis_process et Processing utiliseront ensuite cette identification.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="200"/>
        <source>The browser sign-in of the connection “{connection_name}” at {server} has expired or was revoked. Sign in again: in QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”.</source>
        <translation>L'identification dans le navigateur de la connexion « {connection_name} » sur {server} a expiré ou a été révoquée. Identifiez-vous à nouveau : dans QGIS Desktop, ouvrez la connexion dans les connexions d'ArcGIS Token Auth et cliquez sur « S'identifier dans le navigateur ».</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="211"/>
        <source>The browser sign-in of the connection “{connection_name}” at {server} ends on {expires_on} and could not be extended. Sign in again before then: open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”.</source>
        <translation>L'identification dans le navigateur de la connexion « {connection_name} » sur {server} prend fin le {expires_on} et n'a pas pu être prolongée. Identifiez-vous à nouveau d'ici là : ouvrez la connexion dans les connexions d'ArcGIS Token Auth et cliquez sur « S'identifier dans le navigateur ».</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="222"/>
        <source>Signing in to {server} through the browser did not complete. Try again.</source>
        <translation>L'identification sur {server} dans le navigateur n'a pas abouti. Réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="246"/>
        <source>The browser sign-in at {server} could not be completed: the answer that reached QGIS did not belong to this sign-in, or the portal refused its authorization code. Sign in again.</source>
        <translation>L'identification dans le navigateur sur {server} n'a pas pu aboutir : la réponse reçue par QGIS n'appartenait pas à cette identification, ou le portail a refusé son code d'autorisation. Identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="263"/>
        <source>No web browser could be opened to sign in to {server}. Sign in from QGIS desktop on a computer with a browser; qgis_process and Processing then use that sign-in.</source>
        <translation>Aucun navigateur web n'a pu être ouvert pour s'identifier sur {server}. Identifiez-vous depuis QGIS Desktop sur un ordinateur doté d'un navigateur ; qgis_process et Processing utiliseront ensuite cette identification.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="229"/>
        <source>The sign-in to {server} was not completed in the browser in time, so the plugin stopped waiting. Try again. If the browser showed an error about the redirect URI, the app registered in your organisation must allow http://127.0.0.1 as a redirect URI (see the plugin&apos;s README).</source>
        <translation>L'identification sur {server} n'a pas été terminée à temps dans le navigateur ; l'extension a donc cessé d'attendre. Réessayez. Si le navigateur a affiché une erreur concernant l'URI de redirection, l'application enregistrée dans votre organisation doit autoriser http://127.0.0.1 comme URI de redirection (voir le README de l'extension).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="238"/>
        <source>The sign-in to {server} was cancelled. Sign in again when you are ready.</source>
        <translation>L'identification sur {server} a été annulée. Identifiez-vous à nouveau quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="254"/>
        <source>{server} refused the connection&apos;s client ID for a browser sign-in: no such app is registered there, or its redirect URIs do not allow http://127.0.0.1. Check the client ID and the app&apos;s registration (see the plugin&apos;s README).</source>
        <translation>{server} a refusé l'ID client de la connexion pour une identification dans le navigateur : aucune application de ce type n'y est enregistrée, ou ses URI de redirection n'autorisent pas http://127.0.0.1. Vérifiez l'ID client et l'enregistrement de l'application (voir le README de l'extension).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="77"/>
        <source>the keyring backend {backend} stores secrets unencrypted</source>
        <translation>le moteur de trousseau {backend} stocke les secrets sans chiffrement</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="81"/>
        <source>the keyring backend {backend} is not known to encrypt the secrets it stores</source>
        <translation>le moteur de trousseau {backend} n’est pas connu pour chiffrer les secrets qu’il stocke</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="290"/>
        <source>{server} issued a token that may only be sent over HTTPS, but the connection&apos;s URL uses plain HTTP, so no layer would load with it. Change the connection&apos;s URL to start with https://.</source>
        <translation>{server} a délivré un jeton qui ne peut être envoyé qu'en HTTPS, mais l'URL de la connexion utilise HTTP en clair : aucune couche ne se chargerait avec lui. Changez l'URL de la connexion pour qu'elle commence par https://.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="308"/>
        <source>{server} says it belongs to the portal {portal}, but the portal does not list it as one of its servers, so the plugin did not send it your portal sign-in. Add a connection of its own for {server}, or ask your ArcGIS administrator to federate it with the portal.</source>
        <translation>{server} dit appartenir au portail {portal}, mais le portail ne le compte pas parmi ses serveurs : l'extension ne lui a donc pas envoyé votre connexion au portail. Ajoutez une connexion propre à {server}, ou demandez à votre administrateur ArcGIS de le fédérer avec le portail.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="476"/>
        <source>{server} rejected the token (498) even after the plugin signed in again and retried, sending it as {transport}. The server may not accept tokens sent that way, or the account may have lost access: test the connection to see how the server reads tokens.</source>
        <translation>{server} a refusé le jeton (498) même après que l'extension s'est reconnectée et a réessayé, en l'envoyant comme {transport}. Le serveur n'accepte peut-être pas les jetons envoyés ainsi, ou le compte a perdu son accès : testez la connexion pour voir comment le serveur lit les jetons.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="469"/>
        <source>{server} could not do what was asked: {reason}. Check the layer, the fields and the filter.</source>
        <translation>{server} n'a pas pu faire ce qui était demandé : {reason}. Vérifiez la couche, les champs et le filtre.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="94"/>
        <source>“{url}” is not the address of an ArcGIS service or layer. Paste one that ends in …/rest/services/&lt;name&gt;/FeatureServer or …/MapServer, with or without a layer id.</source>
        <translation>« {url} » n'est pas l'adresse d'un service ou d'une couche ArcGIS. Collez-en une qui se termine par …/rest/services/&lt;nom&gt;/FeatureServer ou …/MapServer, avec ou sans numéro de couche.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="103"/>
        <source>{server} has no services directory (its rest/services answers 404), so there is no list to browse. Paste the address of a service or layer to list its layers.</source>
        <translation>{server} n'a pas de répertoire de services (son rest/services répond 404) : il n'y a pas de liste à parcourir. Collez l'adresse d'un service ou d'une couche pour en lister les couches.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="37"/>
        <source>browser sign-in</source>
        <translation>connexion par le navigateur</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="21"/>
        <source>The ArcGIS Token Auth plugin is not loaded: enable it in the Plugin Manager.</source>
        <translation>L'extension ArcGIS Token Auth n'est pas chargée : activez-la dans le gestionnaire d'extensions.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="27"/>
        <source>No ArcGIS Token Auth connection covers {url}: add one with api.add_connection().</source>
        <translation>Aucune connexion ArcGIS Token Auth ne couvre {url} : ajoutez-en une avec api.add_connection().</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="48"/>
        <source>{connection_name}: the credentials were not kept: {reason}</source>
        <translation>{connection_name} : les identifiants n'ont pas été conservés : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="54"/>
        <source>The connection “{connection_name}” needs its credentials again.</source>
        <translation>La connexion « {connection_name} » a de nouveau besoin de ses identifiants.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="63"/>
        <source>the OS keyring cannot be opened ({kind})</source>
        <translation>le trousseau du système ne peut pas être ouvert ({kind})</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthProvider</name>
    <message>
        <location filename="../plugin/processing/provider.py" line="24"/>
        <source>ArcGIS Token Auth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="112"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="112"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="112"/>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
</context>
<context>
    <name>CheckConnectionAlgorithm</name>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="71"/>
        <source>valid until {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="72"/>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="74"/>
        <source>Signed in to {server} ({kind}); the token is {expiry}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="81"/>
        <source>New ArcGIS Connection</source>
        <translation>Nouvelle connexion ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="110"/>
        <source>The OS keyring cannot be used: %1.</source>
        <translation>Le trousseau de clés du système ne peut pas être utilisé : %1.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="107"/>
        <source>Both keep the secret encrypted; neither puts it in a project file.</source>
        <translation>Les deux conservent le secret chiffré ; aucun ne l'écrit dans un fichier de projet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="119"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="185"/>
        <source>Unchanged: type only to replace the stored one</source>
        <translation>Inchangé : ne saisir que pour remplacer celui qui est enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="224"/>
        <source>Check the URL</source>
        <translation>Vérifiez l'URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="278"/>
        <source>Incomplete connection</source>
        <translation>Connexion incomplète</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="231"/>
        <source>Enter the referer, or bind the tokens to this computer&apos;s IP address.</source>
        <translation>Saisissez le référent, ou liez les jetons à l'adresse IP de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="301"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="301"/>
        <source>The OS keyring did not accept the secret (%1).</source>
        <translation>Le trousseau de clés du système n'a pas accepté le secret (%1).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="384"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="385"/>
        <source>Testing the ArcGIS connection “%1”</source>
        <translation>Test de la connexion ArcGIS « %1 »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="401"/>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="447"/>
        <source>Test failed</source>
        <translation>Échec du test</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="419"/>
        <source>The reason and what to do are under “Test”.</source>
        <translation>La cause et la marche à suivre figurent sous « Test ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="428"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="431"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="433"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="437"/>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="436"/>
        <source>Test passed: signed in to %1.</source>
        <translation>Test réussi : connecté à %1.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="444"/>
        <source>The test stopped on an internal error (%1); the message log has the details.</source>
        <translation>Le test s'est arrêté sur une erreur interne (%1) ; le journal des messages contient les détails.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="14"/>
        <source>ArcGIS Connection</source>
        <translation>Connexion ArcGIS</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="434"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="71"/>
        <source>e.g. City GIS</source>
        <translation>p. ex. SIG de la ville</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="78"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="95"/>
        <source>The address of any service, folder or server, of an ArcGIS Enterprise portal or of an ArcGIS Online organisation.</source>
        <translation>L'adresse d'un service, d'un dossier ou d'un serveur, d'un portail ArcGIS Enterprise ou d'une organisation ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="108"/>
        <source>Sign-in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="114"/>
        <source>Sign in with</source>
        <translation>S'identifier avec</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="127"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="140"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="153"/>
        <source>Keep it in</source>
        <translation>Le conserver dans</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="248"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="260"/>
        <source>Token bound to</source>
        <translation>Jeton lié à</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="273"/>
        <source>Referer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="286"/>
        <source>Send the token as</source>
        <translation>Envoyer le jeton via</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="299"/>
        <source>Token lifetime</source>
        <translation>Durée de vie du jeton</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="309"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="325"/>
        <source>Allow plain HTTP (unencrypted)</source>
        <translation>Autoriser le HTTP non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="332"/>
        <source>Over plain HTTP, your password and the tokens travel unencrypted: anyone on the network path can read and reuse them. Use it only on a network you trust.</source>
        <translation>En HTTP non chiffré, votre mot de passe et les jetons circulent en clair : toute personne sur le trajet réseau peut les lire et les réutiliser. Ne l'utilisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="345"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="353"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="370"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="448"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="462"/>
        <source>Token endpoint</source>
        <translation>Point d'accès des jetons</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="479"/>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="496"/>
        <source>Token sent as</source>
        <translation>Jeton envoyé via</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="510"/>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="325"/>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="357"/>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="361"/>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="363"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="188"/>
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="212"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="246"/>
        <source>Check the referer</source>
        <translation>Vérifiez le référent</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="247"/>
        <source>The referer cannot hold “%1”: it is sent as an HTTP header, which carries only printable Latin-1 characters (letters, digits, punctuation such as - . / :).</source>
        <translation>Le référent ne peut pas contenir « %1 » : il est envoyé dans un en-tête HTTP, qui ne porte que des caractères Latin-1 imprimables (lettres, chiffres, ponctuation comme - . / :).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="254"/>
        <source>Check “%1”</source>
        <translation>Vérifiez « %1 »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="255"/>
        <source>“%1” cannot hold an invisible or control character (%2).</source>
        <translation>« %1 » ne peut pas contenir de caractère invisible ou de contrôle (%2).</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="98"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="178"/>
        <source>Renew Now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="104"/>
        <source>Sign In Now</source>
        <translation>Se connecter maintenant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="120"/>
        <source>Signed out of “%1” and forgot its stored secret: the next sign-in asks for it.</source>
        <translation>Déconnecté de « %1 » et secret enregistré oublié : la prochaine connexion le demandera.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="122"/>
        <source>Signed out of “%1”. Its layers sign in again when they next need a token.</source>
        <translation>Déconnecté de « %1 ». Ses couches se reconnecteront dès qu'elles auront besoin d'un jeton.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="131"/>
        <source>Signed in to “%1”; the token does not expire.</source>
        <translation>Connecté à « %1 » ; le jeton n'expire pas.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="133"/>
        <source>Signed in to “%1”; the new token expires at %2.</source>
        <translation>Connecté à « %1 » ; le nouveau jeton expire le %2.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="140"/>
        <source>“%1” could not sign in</source>
        <translation>« %1 » n'a pas pu se connecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="189"/>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistrée.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="195"/>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="195"/>
        <source>Delete “%1”? Its stored credentials are deleted too, and layers that use it will no longer sign in.</source>
        <translation>Supprimer « %1 » ? Ses identifiants enregistrés seront supprimés aussi, et les couches qui l'utilisent ne pourront plus se connecter.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="223"/>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="225"/>
        <source>Removed from QGIS&apos;s Browser: %1.</source>
        <translation>Retirée de l'Explorateur de QGIS : %1.</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="14"/>
        <source>ArcGIS Connections</source>
        <translation>Connexions ArcGIS</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="30"/>
        <source>Each connection signs in to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online and keeps its token fresh. Layers that use the connection get the token automatically.</source>
        <translation>Chaque connexion s'identifie auprès d'un ArcGIS Server, d'un portail ArcGIS Enterprise ou d'ArcGIS Online et maintient son jeton à jour. Les couches qui utilisent la connexion reçoivent le jeton automatiquement.</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="66"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="73"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="80"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="87"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="111"/>
        <source>Token status</source>
        <translation>État du jeton</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="119"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="133"/>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="147"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="185"/>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="192"/>
        <source>Also forget the stored password, API key or client secret</source>
        <translation>Oublier aussi le mot de passe, la clé d'API ou le secret client enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="146"/>
        <source>“%1” needs a browser sign-in</source>
        <translation>« %1 » doit se connecter par le navigateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="146"/>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="74"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="74"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>DownloadFeaturesAlgorithm</name>
    <message>
        <location filename="../plugin/processing/download_features.py" line="51"/>
        <source>Secured feature layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="52"/>
        <source>An ArcGIS feature layer (arcgisfeatureserver), e.g. from Load secured ArcGIS layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="54"/>
        <source>…or the layer's URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="55"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt;, instead of a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="57"/>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="58"/>
        <source>Where clause (ArcGIS SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="59"/>
        <source>Evaluated by the server. Empty: every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="61"/>
        <source>Only features intersecting this extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="63"/>
        <source>Fields to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="67"/>
        <source>Downloaded features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="68"/>
        <source>Number of features downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="81"/>
        <source>{count} features of “{layer}” match; downloading up to {batch} at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="92"/>
        <source>Writing the features failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="96"/>
        <source>Cancelled: {} features were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="98"/>
        <source>{} features downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../plugin/gui/feedback.py" line="72"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="103"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>GetTokenAlgorithm</name>
    <message>
        <location filename="../plugin/processing/get_token.py" line="53"/>
        <source>Token lifetime in minutes (without a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="59"/>
        <source>Servers may cap it. A connection&apos;s tokens live as long as the connection says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="61"/>
        <source>Token (secret: treat it like a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="62"/>
        <source>Expires (UTC, ISO 8601; empty: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="63"/>
        <source>Server the token is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="64"/>
        <source>Referer to send with the token (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="78"/>
        <source>expires {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="78"/>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="79"/>
        <source>Signed in to {}; the token {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadLayerAlgorithm</name>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="77"/>
        <source>Service or layer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="78"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt; or …/rest/services/&lt;name&gt;/MapServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="80"/>
        <source>Connection</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="81"/>
        <source>Layer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="82"/>
        <source>Empty: the service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="84"/>
        <source>Secured layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="93"/>
        <source>Signing in with the connection “{}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="108"/>
        <source>Loaded {} through the connection “{}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginActions</name>
    <message>
        <location filename="../plugin/gui/actions.py" line="34"/>
        <source>Add Secured ArcGIS Layers…</source>
        <translation>Ajouter des couches ArcGIS sécurisées…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="107"/>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="105"/>
        <source>“%1” could not sign in</source>
        <translation>« %1 » n'a pas pu se connecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="122"/>
        <source>“%1” needs a browser sign-in</source>
        <translation>« %1 » doit se connecter par le navigateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="125"/>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../plugin/gui/texts.py" line="33"/>
        <source>User name and password</source>
        <translation>Nom d'utilisateur et mot de passe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="50"/>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="35"/>
        <source>App credentials (OAuth2 client ID and secret)</source>
        <translation>Identifiants d'application (ID client et secret OAuth2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="44"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="45"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="51"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="52"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="57"/>
        <source>Enter the client ID.</source>
        <translation>Saisissez l'ID client.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="58"/>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d'utilisateur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="63"/>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d'API.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="64"/>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="66"/>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="71"/>
        <source>QGIS authentication database</source>
        <translation>Base de données d'authentification de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="72"/>
        <source>Operating system keyring</source>
        <translation>Trousseau de clés du système d'exploitation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="78"/>
        <source>Referer (sent with every request)</source>
        <translation>Référent (envoyé avec chaque requête)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="79"/>
        <source>IP address of this computer</source>
        <translation>Adresse IP de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="85"/>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandé)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="86"/>
        <source>X-Esri-Authorization header</source>
        <translation>En-tête X-Esri-Authorization</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="87"/>
        <source>Authorization: Bearer header</source>
        <translation>En-tête Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="89"/>
        <source>token query parameter (old servers)</source>
        <translation>paramètre de requête token (anciens serveurs)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="107"/>
        <source>ArcGIS Server (standalone)</source>
        <translation>ArcGIS Server (autonome)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="108"/>
        <source>ArcGIS Server, federated with a portal</source>
        <translation>ArcGIS Server fédéré avec un portail</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="109"/>
        <source>ArcGIS Enterprise portal</source>
        <translation>Portail ArcGIS Enterprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="110"/>
        <source>ArcGIS Online</source>
        <translation>ArcGIS Online</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="116"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="117"/>
        <source>Multipoint</source>
        <translation>Multipoint</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="118"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="119"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="120"/>
        <source>Envelope</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="121"/>
        <source>Table (no geometry)</source>
        <translation>Table (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="122"/>
        <source>Drawn by the server</source>
        <translation>Dessinée par le serveur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="128"/>
        <source>Feature service</source>
        <translation>Service d'entités</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="129"/>
        <source>Map service</source>
        <translation>Service de carte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="138"/>
        <source>less than a minute</source>
        <translation>moins d'une minute</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="38"/>
        <source>Browser sign-in (SAML, multifactor)</source>
        <translation>Connexion par le navigateur (SAML, multifacteur)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="65"/>
        <source>Sign in with the browser first.</source>
        <translation>Connectez-vous d'abord avec le navigateur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="88"/>
        <source>Authorization header, token alone</source>
        <translation>En-tête Authorization, jeton seul</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="95"/>
        <source>token in the POST body</source>
        <translation>jeton dans le corps de la requête POST</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="100"/>
        <source>{layers} (layers), {processing} (Processing)</source>
        <translation>{layers} (couches), {processing} (Traitements)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="140"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="142"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="144"/>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <location filename="../plugin/gui/status.py" line="80"/>
        <source>Signed in, the token does not expire</source>
        <translation>Connecté, le jeton n'expire pas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="83"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="84"/>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="85"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="81"/>
        <source>Signed in, token expires in {time_left}</source>
        <translation>Connecté, le jeton expire dans {time_left}</translation>
    </message>
</context>
</TS>
