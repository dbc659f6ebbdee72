<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AddLayersDialog</name>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="95"/>
        <source>No connection yet: add one with “Connections…”.</source>
        <translation>Aucune connexion pour l'instant : ajoutez-en une avec « Connexions… ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="136"/>
        <source>Reading the catalog of “{connection}”</source>
        <translation>Lecture du catalogue de « {connection} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="221"/>
        <source>Empty catalog</source>
        <translation>Catalogue vide</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="233"/>
        <source>The catalog could not be read</source>
        <translation>Le catalogue n'a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="231"/>
        <source>“{connection}” could not sign in</source>
        <translation>« {connection} » n'a pas pu se connecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="321"/>
        <source>Adding layers from “{connection}”</source>
        <translation>Ajout de couches depuis « {connection} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="333"/>
        <source>Layers not added</source>
        <translation>Couches non ajoutées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="340"/>
        <source>Layers added to the project: {count}.</source>
        <translation>Couches ajoutées au projet : {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="343"/>
        <source>Not added</source>
        <translation>Non ajoutées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="343"/>
        <source>QGIS could not open {layers}. The message log has the details.</source>
        <translation>QGIS n'a pas pu ouvrir {layers}. Le journal des messages contient les détails.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="355"/>
        <source>Added to ArcGIS REST Servers in QGIS&apos;s Browser panel: {servers}.</source>
        <translation>Ajouté aux Serveurs ArcGIS REST du panneau Explorateur de QGIS : {servers}.</translation>
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
        <location filename="../ui/add_layers_dialog.ui" line="103"/>
        <source>Filter by folder, service or layer name</source>
        <translation>Filtrer par nom de dossier, de service ou de couche</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="226"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="131"/>
        <source>Add as</source>
        <translation>Ajouter comme</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="138"/>
        <source>Feature layers</source>
        <translation>Couches vecteur</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="148"/>
        <source>Map layers (drawn by the server)</source>
        <translation>Couches de carte (dessinées par le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="172"/>
        <source>Adds the connection&apos;s servers to QGIS&apos;s own ArcGIS REST Servers in the Browser panel, signed in through this connection.</source>
        <translation>Ajoute les serveurs de la connexion aux Serveurs ArcGIS REST de QGIS dans le panneau Explorateur, connectés par cette connexion.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="175"/>
        <source>Create QGIS Browser Connection</source>
        <translation>Créer une connexion dans l'Explorateur QGIS</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="195"/>
        <source>Add Layers</source>
        <translation>Ajouter les couches</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="89"/>
        <source>Choose a connection…</source>
        <translation>Choisissez une connexion…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="153"/>
        <source>No connection for this address</source>
        <translation>Aucune connexion pour cette adresse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="153"/>
        <source>No connection covers {url}: add one with “Connections…”.</source>
        <translation>Aucune connexion ne couvre {url} : ajoutez-en une avec « Connexions… ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="174"/>
        <source>Reading {url}</source>
        <translation>Lecture de {url}</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="87"/>
        <source>Or paste a service or layer URL: …/rest/services/Name/FeatureServer/0</source>
        <translation>Ou collez l'URL d'un service ou d'une couche : …/rest/services/Nom/FeatureServer/0</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="94"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="221"/>
        <source>No feature, map or vector tile service is visible to this connection.</source>
        <translation>Aucun service d'entités, de carte ou de tuiles vectorielles n'est visible pour cette connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add as WMS Layer</source>
        <translation>Ajouter comme couche WMS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add Tile Cache as WMTS Layer</source>
        <translation>Ajouter le cache de tuiles comme couche WMTS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add Tile Cache as XYZ Layer</source>
        <translation>Ajouter le cache de tuiles comme couche XYZ</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="79"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="208"/>
        <source>Portal Content</source>
        <translation>Contenu du portail</translation>
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
        <location filename="../plugin/core/errors.py" line="405"/>
        <source>{server} could not be reached: its name did not resolve, the network is down or the connection broke off. Check the URL, your network connection and QGIS&apos;s proxy settings.</source>
        <translation>{server} est injoignable : son nom n'a pas pu être résolu, le réseau est indisponible ou la connexion a été interrompue. Vérifiez l'URL, votre connexion réseau et les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="414"/>
        <source>{server} refused the connection: nothing answers at that address and port. Check the URL (and its port), or ask whether the server is running.</source>
        <translation>{server} a refusé la connexion : rien ne répond à cette adresse sur ce port. Vérifiez l'URL (et son port), ou demandez si le serveur est en marche.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="422"/>
        <source>{server} did not answer in time. Try again later; if it keeps happening, check your network and QGIS&apos;s proxy settings.</source>
        <translation>{server} n'a pas répondu à temps. Réessayez plus tard ; si le problème persiste, vérifiez votre réseau et les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="433"/>
        <source>No ArcGIS token service was found at {server}. Check the connection&apos;s URL; the server may not use token-based security (web-tier authentication needs QGIS&apos;s own authentication methods).</source>
        <translation>Aucun service de jetons ArcGIS n'a été trouvé sur {server}. Vérifiez l'URL de la connexion ; le serveur n'utilise peut-être pas la sécurité par jetons (l'authentification au niveau du serveur web nécessite les méthodes d'authentification de QGIS).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="457"/>
        <source>{server} failed to answer the request (HTTP {status}): the server, or a proxy or gateway in front of it, has a problem. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>{server} n'a pas pu répondre à la requête (HTTP {status}) : le serveur, ou un proxy ou une passerelle placés devant lui, rencontre un problème. Réessayez plus tard ; si le problème persiste, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="467"/>
        <source>{server} has nothing at the address the plugin asked for (HTTP 404). Check the connection&apos;s URL: the site, web adaptor, folder or service name may be misspelt, or the service may have moved.</source>
        <translation>{server} n'a rien à l'adresse demandée par l'extension (HTTP 404). Vérifiez l'URL de la connexion : le nom du site, de l'adaptateur web, du dossier ou du service est peut-être mal orthographié, ou le service a peut-être été déplacé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="478"/>
        <source>{server} answered with a web page instead of ArcGIS data — often a sign-in page of a proxy or of web-tier authentication. Check the URL; for web-tier authentication use QGIS's own authentication methods.</source>
        <translation>{server} a répondu par une page web au lieu de données ArcGIS — souvent la page de connexion d'un proxy ou d'une authentification au niveau du serveur web. Vérifiez l'URL ; pour une authentification au niveau du serveur web, utilisez les méthodes d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="487"/>
        <source>{server} gave an answer the plugin does not understand. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online.</source>
        <translation>{server} a donné une réponse que l'extension ne comprend pas. Vérifiez que l'URL désigne un ArcGIS Server, un portail ArcGIS Enterprise ou ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="495"/>
        <source>{server} sent an empty answer where ArcGIS data was expected. Try again later; if it keeps happening, tell the server&apos;s administrator: a proxy or web adaptor in front of ArcGIS may be failing.</source>
        <translation>{server} a envoyé une réponse vide là où des données ArcGIS étaient attendues. Réessayez plus tard ; si le problème persiste, prévenez l'administrateur du serveur : un proxy ou un adaptateur web placé devant ArcGIS est peut-être défaillant.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="503"/>
        <source>The answer from {server} was cut short: the connection closed before all of it arrived. Try again; if it keeps happening, check your network and QGIS&apos;s proxy settings, or tell the server&apos;s administrator.</source>
        <translation>La réponse de {server} a été tronquée : la connexion s'est fermée avant qu'elle n'arrive en entier. Réessayez ; si le problème persiste, vérifiez votre réseau et les paramètres de proxy de QGIS, ou prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="513"/>
        <source>{server} answered with text that is not valid JSON, so not the ArcGIS data the plugin asked for. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online; if it does, the server or a proxy in front of it has a problem: try again later or tell its administrator.</source>
        <translation>{server} a répondu par un texte qui n'est pas du JSON valide, et donc pas par les données ArcGIS que l'extension a demandées. Vérifiez que l'URL désigne un ArcGIS Server, un portail ArcGIS Enterprise ou ArcGIS Online ; si c'est le cas, le serveur ou un proxy placé devant lui rencontre un problème : réessayez plus tard ou prévenez son administrateur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="524"/>
        <source>{server} refused the request.</source>
        <translation>{server} a refusé la requête.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="528"/>
        <source>{server} rejected the token as invalid or expired (498). The plugin signs in again automatically; if this keeps happening, test the connection.</source>
        <translation>{server} a rejeté le jeton comme non valide ou expiré (498). L'extension se reconnecte automatiquement ; si cela se reproduit, testez la connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="553"/>
        <source>{server} asked for a token it did not receive (499). Check that the layer uses this connection; for an old server, set the connection&apos;s token transport to the query parameter.</source>
        <translation>{server} a demandé un jeton qu'il n'a pas reçu (499). Vérifiez que la couche utilise cette connexion ; pour un ancien serveur, réglez l'envoi du jeton de la connexion sur le paramètre de requête.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="561"/>
        <source>{server} refused access (403): the account may not use this service. Ask the service owner to share it with you.</source>
        <translation>{server} a refusé l'accès (403) : le compte n'est pas autorisé à utiliser ce service. Demandez au propriétaire du service de le partager avec vous.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="35"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="36"/>
        <source>API key</source>
        <translation>clé d'API</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="37"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="27"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../plugin/core/http.py" line="75"/>
        <source>another host name</source>
        <translation>un autre nom d'hôte</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="110"/>
        <source>the Python package &apos;keyring&apos; is not installed in QGIS&apos;s Python</source>
        <translation>le paquet Python « keyring » n'est pas installé dans le Python de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="116"/>
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
        <location filename="../plugin/integration/errors.py" line="120"/>
        <source>the keyring backend {backend} stores secrets unencrypted</source>
        <translation>le moteur de trousseau {backend} stocke les secrets sans chiffrement</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="124"/>
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
        <location filename="../plugin/core/errors.py" line="543"/>
        <source>{server} rejected the token (498) even after the plugin signed in again and retried, sending it as {transport}. The server may not accept tokens sent that way, or the account may have lost access: test the connection to see how the server reads tokens.</source>
        <translation>{server} a refusé le jeton (498) même après que l'extension s'est reconnectée et a réessayé, en l'envoyant comme {transport}. Le serveur n'accepte peut-être pas les jetons envoyés ainsi, ou le compte a perdu son accès : testez la connexion pour voir comment le serveur lit les jetons.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="536"/>
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
        <location filename="../plugin/core/credentials.py" line="38"/>
        <source>browser sign-in</source>
        <translation>connexion par le navigateur</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="23"/>
        <source>The ArcGIS Token Auth plugin is not loaded: enable it in the Plugin Manager.</source>
        <translation>L'extension ArcGIS Token Auth n'est pas chargée : activez-la dans le gestionnaire d'extensions.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="29"/>
        <source>No ArcGIS Token Auth connection covers {url}: add one with api.add_connection().</source>
        <translation>Aucune connexion ArcGIS Token Auth ne couvre {url} : ajoutez-en une avec api.add_connection().</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="61"/>
        <source>{connection_name}: the credentials were not kept: {reason}</source>
        <translation>{connection_name} : les identifiants n'ont pas été conservés : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="77"/>
        <source>The connection “{connection_name}” needs its credentials again.</source>
        <translation>La connexion « {connection_name} » a de nouveau besoin de ses identifiants.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="106"/>
        <source>the OS keyring cannot be opened ({kind})</source>
        <translation>le trousseau du système ne peut pas être ouvert ({kind})</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="445"/>
        <source>{server} takes token requests only as POST and refused this one as another method (HTTP 405). A proxy or web adaptor in front of it may turn POST requests into GET requests, for example when it redirects them: use the address the server itself answers at in the connection&apos;s URL, or tell its administrator.</source>
        <translation>{server} n'accepte les demandes de jeton qu'en POST et a refusé celle-ci, envoyée avec une autre méthode (HTTP 405). Un proxy ou un adaptateur web placé devant lui transforme peut-être les requêtes POST en requêtes GET, par exemple en les redirigeant : utilisez dans l'URL de la connexion l'adresse à laquelle le serveur répond lui-même, ou prévenez son administrateur.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="51"/>
        <source>QGIS's authentication database did not accept the connection. Unlock it with the master password (Settings → Options → Authentication) and try again.</source>
        <translation>La base de données d'authentification de QGIS n'a pas accepté la connexion. Déverrouillez-la avec le mot de passe principal (Préférences → Options → Authentification), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="653"/>
        <source>QGIS&apos;s authentication database is locked: in QGIS desktop enter the master password when asked; for qgis_process set QGIS_AUTH_PASSWORD_FILE to a file holding the master password.</source>
        <translation>La base de données d'authentification de QGIS est verrouillée : dans QGIS Desktop, saisissez le mot de passe principal quand il est demandé ; pour qgis_process, faites pointer QGIS_AUTH_PASSWORD_FILE vers un fichier contenant le mot de passe principal.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="658"/>
        <source>Its authentication configuration was edited in QGIS&apos;s Authentication settings, which keep only the token: enter the credentials again in the ArcGIS Token Auth connections dialog.</source>
        <translation>Sa configuration d'authentification a été modifiée dans les paramètres d'authentification de QGIS, qui ne conservent que le jeton : saisissez à nouveau les identifiants dans la boîte de dialogue des connexions d'ArcGIS Token Auth.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="663"/>
        <source>Its authentication configuration was deleted in QGIS&apos;s Authentication settings: enter the credentials again in the ArcGIS Token Auth connections dialog (layers keep working with the same id).</source>
        <translation>Sa configuration d'authentification a été supprimée dans les paramètres d'authentification de QGIS : saisissez à nouveau les identifiants dans la boîte de dialogue des connexions d'ArcGIS Token Auth (les couches continuent de fonctionner avec le même id).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="67"/>
        <source>The connection “{connection_name}” needs its secret to be saved: a new connection, or one whose secret moves between QGIS's authentication database and the OS keyring, has none stored there yet.</source>
        <translation>La connexion « {connection_name} » a besoin de son secret pour être enregistrée : une nouvelle connexion, ou une connexion dont le secret passe de la base d'authentification de QGIS au trousseau du système (ou l'inverse), n'en a encore aucun à cet endroit.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="41"/>
        <source>QGIS could not load {url}. Check the URL, and the connection's state in the ArcGIS Token Auth connections dialog; details are in the log under “ArcGIS Token Auth”.</source>
        <translation>QGIS n'a pas pu charger {url}. Vérifiez l'URL et l'état de la connexion dans la boîte de dialogue des connexions ArcGIS Token Auth ; le journal contient les détails sous « ArcGIS Token Auth ».</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="83"/>
        <source>{server} refused to save the edits to {layer}: {reason}. Nothing was sent: the edits are still in QGIS, unsaved, and QGIS reports the save as failed.</source>
        <translation>{server} a refusé d'enregistrer les modifications de {layer} : {reason}. Rien n'a été envoyé : les modifications sont toujours dans QGIS, non enregistrées, et QGIS signale l'échec de l'enregistrement.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="93"/>
        <source>{server} refused edits to {layer}: {reason}. QGIS may show them as saved, but they were not: reload the layer to see what the server holds, and make them again.</source>
        <translation>{server} a refusé des modifications de {layer} : {reason}. QGIS peut les afficher comme enregistrées, mais elles ne l'ont pas été : rechargez la couche pour voir ce que contient le serveur, puis refaites-les.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="132"/>
        <source>“{connection}” signs in to a standalone ArcGIS Server, which has no items, groups or web maps: they are in an ArcGIS Enterprise portal or ArcGIS Online. Add a connection to the portal.</source>
        <translation>« {connection} » se connecte à un ArcGIS Server autonome, qui n'a ni éléments, ni groupes, ni cartes Web : ceux-ci se trouvent dans un portail ArcGIS Enterprise ou dans ArcGIS Online. Ajoutez une connexion au portail.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="140"/>
        <source>The item “{title}” is a {item_type}, not a Web Map: add its layers instead.</source>
        <translation>L'élément « {title} » est de type {item_type}, ce n'est pas une carte Web : ajoutez plutôt ses couches.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="146"/>
        <source>The item “{title}” is a {item_type}: only Feature, Map, Vector Tile and Image Service items add layers, and a Web Map opens as a group of layers.</source>
        <translation>L'élément « {title} » est de type {item_type} : seuls les éléments de type service d'entités, de carte, de tuiles vectorielles ou d'images ajoutent des couches, et une carte Web s'ouvre comme un groupe de couches.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="39"/>
        <source>web-tier password</source>
        <translation>mot de passe du niveau serveur web</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="353"/>
        <source>{server} closed the secure connection during the handshake, before ArcGIS was reached. Sites that sign users in with certificates (PKI, smart cards) do this to a client without one: choose your client certificate in the connection&apos;s web tier. Otherwise check the URL&apos;s scheme and port.</source>
        <translation>{server} a fermé la connexion sécurisée pendant la négociation, avant qu'ArcGIS ne soit atteint. Les sites qui identifient les utilisateurs par certificat (PKI, cartes à puce) agissent ainsi envers un client qui n'en présente pas : choisissez votre certificat client dans le niveau serveur web de la connexion. Sinon, vérifiez le schéma et le port de l'URL.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="363"/>
        <source>{server} refused the client certificate of the connection in the secure handshake, before ArcGIS was reached: it may have expired or been revoked, or come from an authority the site does not trust. Choose another certificate, or ask your administrator which ones the site accepts.</source>
        <translation>{server} a refusé le certificat client de la connexion lors de la négociation sécurisée, avant qu'ArcGIS ne soit atteint : il a peut-être expiré ou été révoqué, ou il provient d'une autorité à laquelle le site ne fait pas confiance. Choisissez un autre certificat, ou demandez à votre administrateur lesquels le site accepte.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="373"/>
        <source>The web server in front of ArcGIS at {server} asks for a sign-in of its own ({scheme}) before ArcGIS is reached. Set the connection&apos;s web tier to Basic or Windows, with your user name and password.</source>
        <translation>Le serveur web placé devant ArcGIS sur {server} demande sa propre identification ({scheme}) avant qu'ArcGIS ne soit atteint. Réglez le niveau serveur web de la connexion sur Basic ou Windows, avec votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="383"/>
        <source>The web server in front of ArcGIS at {server} refused the user name or password ({scheme}), before ArcGIS was reached. Check them (a Windows user name may need its domain in front, and a backslash between them) and enter them again.</source>
        <translation>Le serveur web placé devant ArcGIS sur {server} a refusé le nom d'utilisateur ou le mot de passe ({scheme}), avant qu'ArcGIS ne soit atteint. Vérifiez-les (un nom d'utilisateur Windows doit parfois être précédé de son domaine, avec une barre oblique inverse entre les deux) et saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="393"/>
        <source>The web-tier sign-in of the connection “{connection_name}” cannot be used ({reason}). Check the connection's web tier in its settings.</source>
        <translation>L'identification au niveau du serveur web de la connexion « {connection_name} » ne peut pas être utilisée ({reason}). Vérifiez le niveau serveur web dans les paramètres de la connexion.</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthAlgorithms</name>
    <message>
        <location filename="../plugin/processing/base.py" line="32"/>
        <source>The plugin connection to sign in with. In qgis_process give its name or its id; models keep the id, which stays the same when the connection is renamed. Empty: the connection that covers the URL.</source>
        <translation>La connexion de l'extension avec laquelle s'identifier. Dans qgis_process, indiquez son nom ou son id ; les modèles conservent l'id, qui reste le même quand la connexion est renommée. Vide : la connexion qui couvre l'URL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="32"/>
        <source>Test ArcGIS connection</source>
        <translation>Tester une connexion ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="33"/>
        <source>Signs in the way the plugin does and reports the server&apos;s kind (standalone ArcGIS Server, federated server, ArcGIS Enterprise portal or ArcGIS Online), its version, the token endpoint, how layers and Processing send tokens (a header, the POST body or the query parameter) and when a new token expires. When signing in fails, the algorithm fails with the reason: wrong password, unreachable server, untrusted certificate, locked authentication database...

Test a connection, or a URL with a user name and password before saving them as a connection. No token is shown.</source>
        <translation>S'identifie comme le fait l'extension et indique le type du serveur (ArcGIS Server autonome, serveur fédéré, portail ArcGIS Enterprise ou ArcGIS Online), sa version, le point d'accès des jetons, la façon dont les couches et les Traitements envoient les jetons (un en-tête, le corps de la requête POST ou le paramètre de requête) et quand un nouveau jeton expire. Si l'identification échoue, l'algorithme échoue en indiquant la raison : mot de passe erroné, serveur injoignable, certificat non approuvé, base de données d'authentification verrouillée...

Testez une connexion, ou une URL avec un nom d'utilisateur et un mot de passe avant de les enregistrer comme connexion. Aucun jeton n'est affiché.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="45"/>
        <source>Without a connection: the server, portal or service to test (with the user name and password), or a URL whose connection is tested.</source>
        <translation>Sans connexion : le serveur, le portail ou le service à tester (avec le nom d'utilisateur et le mot de passe), ou une URL dont la connexion est testée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="54"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="55"/>
        <source>Server or portal</source>
        <translation>Serveur ou portail</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="56"/>
        <source>Kind (standalone, federated, portal, online)</source>
        <translation>Type (standalone, federated, portal, online)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="59"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="60"/>
        <source>Token endpoint</source>
        <translation>Point d'accès des jetons</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="61"/>
        <source>Portal that issues the tokens (empty: the server itself)</source>
        <translation>Portail qui émet les jetons (vide : le serveur lui-même)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="64"/>
        <source>Token transport of layers (x-esri, bearer, authorization, param)</source>
        <translation>Transport du jeton pour les couches (x-esri, bearer, authorization, param)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="67"/>
        <source>Token transport of Processing&apos;s requests (x-esri, bearer, authorization, body, param)</source>
        <translation>Transport du jeton pour les requêtes des Traitements (x-esri, bearer, authorization, body, param)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="71"/>
        <source>A new token expires (UTC, ISO 8601; empty: never)</source>
        <translation>Expiration d'un nouveau jeton (UTC, ISO 8601 ; vide : jamais)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="90"/>
        <source>Signed in to {server} ({kind}); the token is valid until {expires}.</source>
        <translation>Connecté à {server} ({kind}) ; le jeton est valide jusqu'au {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="94"/>
        <source>Signed in to {server} ({kind}); the token does not expire.</source>
        <translation>Connecté à {server} ({kind}) ; le jeton n'expire pas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="112"/>
        <source>{output}: {value}</source>
        <translation>{output} : {value}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="74"/>
        <source>Download secured features</source>
        <translation>Télécharger des entités sécurisées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="75"/>
        <source>Copies the features of a token-secured ArcGIS feature layer into a file (GeoPackage unless you choose another format), signed in through a plugin connection.

Give the layer (the output of Load secured ArcGIS layer, or an ArcGIS feature layer of the project) or its URL (…/FeatureServer/0). The server selects the features: an ArcGIS SQL where clause such as category = 'A' AND value &gt; 10, and/or an extent. Layers larger than the server's maxRecordCount are read in batches. Empty field selection: every field; the object id field is always kept.</source>
        <translation>Copie les entités d'une couche d'entités ArcGIS sécurisée par jeton dans un fichier (GeoPackage, sauf si vous choisissez un autre format), en s'identifiant par une connexion de l'extension.

Indiquez la couche (la sortie de Charger une couche ArcGIS sécurisée, ou une couche d'entités ArcGIS du projet) ou son URL (…/FeatureServer/0). Le serveur sélectionne les entités : une clause where SQL ArcGIS telle que category = 'A' AND value &gt; 10, et/ou une emprise. Les couches plus grandes que le maxRecordCount du serveur sont lues par lots. Sélection de champs vide : tous les champs ; le champ d'identifiant d'objet est toujours conservé.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="86"/>
        <source>Secured feature layer</source>
        <translation>Couche d'entités sécurisée</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="89"/>
        <source>An ArcGIS feature layer (arcgisfeatureserver), e.g. from Load secured ArcGIS layer.</source>
        <translation>Une couche d'entités ArcGIS (arcgisfeatureserver), par exemple issue de Charger une couche ArcGIS sécurisée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="96"/>
        <source>…or the layer's URL</source>
        <translation>…ou l'URL de la couche</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="99"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt;, instead of a layer.</source>
        <translation>…/rest/services/&lt;nom&gt;/FeatureServer/&lt;numéro de couche&gt;, au lieu d'une couche.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="30"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="109"/>
        <source>Where clause (ArcGIS SQL)</source>
        <translation>Clause where (SQL ArcGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="112"/>
        <source>Evaluated by the server. Empty: every feature.</source>
        <translation>Évaluée par le serveur. Vide : toutes les entités.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="116"/>
        <source>Only features intersecting this extent</source>
        <translation>Seulement les entités qui intersectent cette emprise</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="122"/>
        <source>Fields to keep</source>
        <translation>Champs à conserver</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="130"/>
        <source>Downloaded features</source>
        <translation>Entités téléchargées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="170"/>
        <source>Number of features downloaded</source>
        <translation>Nombre d'entités téléchargées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="235"/>
        <source>Writing the features failed: {reason}</source>
        <translation>L'écriture des entités a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="334"/>
        <source>Give either a layer or a URL, not both.</source>
        <translation>Indiquez soit une couche, soit une URL, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="339"/>
        <source>Choose a secured ArcGIS feature layer, or give its URL.</source>
        <translation>Choisissez une couche d'entités ArcGIS sécurisée, ou indiquez son URL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="346"/>
        <source>“{layer}” is not an ArcGIS feature layer: this algorithm downloads from ArcGIS feature services. To copy other layers, use Save vector features to file.</source>
        <translation>« {layer} » n'est pas une couche d'entités ArcGIS : cet algorithme télécharge depuis des services d'entités ArcGIS. Pour copier d'autres couches, utilisez Enregistrer les entités vectorielles dans un fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="69"/>
        <source>{url} is not an ArcGIS feature layer: give a layer's URL, such as …/FeatureServer/0.</source>
        <translation>{url} n'est pas une couche d'entités ArcGIS : indiquez l'URL d'une couche, comme …/FeatureServer/0.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="81"/>
        <source>The layer {url} has no object id field; the plugin cannot page through it.</source>
        <translation>La couche {url} n'a pas de champ d'identifiant d'objet ; l'extension ne peut pas la parcourir par pages.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="127"/>
        <source>The layer has no field {unknown}. Its fields: {known}.</source>
        <translation>La couche n'a pas de champ {unknown}. Ses champs : {known}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="167"/>
        <source>{server} did not list the matching features&apos; ids.</source>
        <translation>{server} n'a pas listé les identifiants des entités correspondantes.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="205"/>
        <source>{server} answered a query without features.</source>
        <translation>{server} a répondu à une requête sans entités.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="31"/>
        <source>Get ArcGIS token</source>
        <translation>Obtenir un jeton ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="32"/>
        <source>Signs in and returns a token, for scripts and jobs that call ArcGIS REST services themselves.

With a connection, the token is the one the plugin sends for that server: the same as layers get, renewed while QGIS runs. With a URL, a user name and a password, it signs in once with those (the token lives for the chosen number of minutes).

The TOKEN output is a secret: anyone holding it acts as you until EXPIRES (UTC; empty: never). Send it in the X-Esri-Authorization header, not in URLs, with the Referer given by REFERER if that is not empty.

The algorithm never writes the token to its log, but QGIS shows results: the algorithm dialog prints them and, from QGIS 3.24 on, keeps them in the Processing history; processing.run prints them to the feedback it is given (pass QgsProcessingFeedback(False) to keep them out of the message log). Where the token must not be kept, run the algorithm from Python or qgis_process.</source>
        <translation>S'identifie et renvoie un jeton, pour les scripts et les tâches qui appellent eux-mêmes des services REST ArcGIS.

Avec une connexion, le jeton est celui que l'extension envoie à ce serveur : le même que celui des couches, renouvelé tant que QGIS tourne. Avec une URL, un nom d'utilisateur et un mot de passe, l'algorithme s'identifie une fois avec ceux-ci (le jeton vit le nombre de minutes choisi).

La sortie TOKEN est un secret : quiconque la détient agit en votre nom jusqu'à EXPIRES (UTC ; vide : jamais). Envoyez-la dans l'en-tête X-Esri-Authorization, pas dans des URL, avec le Referer indiqué par REFERER s'il n'est pas vide.

L'algorithme n'écrit jamais le jeton dans son journal, mais QGIS affiche les résultats : la boîte de dialogue de l'algorithme les affiche et, à partir de QGIS 3.24, les conserve dans l'historique des traitements ; processing.run les écrit dans le feedback qu'on lui donne (passez QgsProcessingFeedback(False) pour les tenir hors du journal des messages). Là où le jeton ne doit pas être conservé, lancez l'algorithme depuis Python ou qgis_process.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="51"/>
        <source>With a connection: the server, service or layer the token is for, when it is not the connection&apos;s own server (a server federated with its portal). Without one: where to sign in.</source>
        <translation>Avec une connexion : le serveur, le service ou la couche auquel le jeton est destiné, s'il ne s'agit pas du serveur de la connexion elle-même (un serveur fédéré avec son portail). Sans connexion : où s'identifier.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="59"/>
        <source>Token lifetime in minutes (without a connection)</source>
        <translation>Durée de vie du jeton en minutes (sans connexion)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="65"/>
        <source>Servers may cap it. A connection&apos;s tokens live as long as the connection says.</source>
        <translation>Les serveurs peuvent la plafonner. Les jetons d'une connexion vivent aussi longtemps que la connexion l'indique.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="73"/>
        <source>Token (secret: treat it like a password)</source>
        <translation>Jeton (secret : traitez-le comme un mot de passe)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="74"/>
        <source>Expires (UTC, ISO 8601; empty: never)</source>
        <translation>Expiration (UTC, ISO 8601 ; vide : jamais)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="75"/>
        <source>Server the token is for</source>
        <translation>Serveur auquel le jeton est destiné</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="76"/>
        <source>Referer to send with the token (empty: none)</source>
        <translation>Référent à envoyer avec le jeton (vide : aucun)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="96"/>
        <source>Signed in to {server}; the token expires {expires}.</source>
        <translation>Connecté à {server} ; le jeton expire le {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="100"/>
        <source>Signed in to {server}; the token does not expire.</source>
        <translation>Connecté à {server} ; le jeton n'expire pas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="56"/>
        <source>{url} is not an ArcGIS service URL: give a …/FeatureServer/&lt;layer&gt; or …/MapServer URL.</source>
        <translation>{url} n'est pas l'URL d'un service ArcGIS : indiquez une URL …/FeatureServer/&lt;couche&gt; ou …/MapServer.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="65"/>
        <source>{url} is not a service or layer URL: it should end in …/{kind}[/&lt;id&gt;].</source>
        <translation>{url} n'est pas l'URL d'un service ou d'une couche : elle devrait se terminer par …/{kind}[/&lt;id&gt;].</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="77"/>
        <source>Load secured ArcGIS layer</source>
        <translation>Charger une couche ArcGIS sécurisée</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="78"/>
        <source>Makes a QGIS layer of a token-secured ArcGIS service, signed in through a plugin connection.

URL: a feature layer (…/FeatureServer/0) gives a vector layer; a map service (…/MapServer) gives the image of its first layer, and …/MapServer/2 the image of layer 2. A …/FeatureServer URL without a layer id works when the service has a single layer.

The layer keeps only the connection's id (authcfg), never a token or password; the plugin keeps its token fresh. In a model, feed the output to Download secured features.</source>
        <translation>Crée une couche QGIS à partir d'un service ArcGIS sécurisé par jeton, en s'identifiant par une connexion de l'extension.

URL : une couche d'entités (…/FeatureServer/0) donne une couche vecteur ; un service de carte (…/MapServer) donne l'image de sa première couche, et …/MapServer/2 l'image de la couche 2. Une URL …/FeatureServer sans numéro de couche fonctionne quand le service n'a qu'une couche.

La couche ne conserve que l'id de la connexion (authcfg), jamais de jeton ni de mot de passe ; l'extension maintient son jeton à jour. Dans un modèle, passez la sortie à Télécharger des entités sécurisées.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="89"/>
        <source>Service or layer URL</source>
        <translation>URL du service ou de la couche</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="92"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt; or …/rest/services/&lt;name&gt;/MapServer</source>
        <translation>…/rest/services/&lt;nom&gt;/FeatureServer/&lt;numéro de couche&gt; ou …/rest/services/&lt;nom&gt;/MapServer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="103"/>
        <source>Layer name</source>
        <translation>Nom de la couche</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="106"/>
        <source>Empty: the service&apos;s name.</source>
        <translation>Vide : le nom du service.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="108"/>
        <source>Secured layer</source>
        <translation>Couche sécurisée</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="121"/>
        <source>Signing in with the connection “{connection}”…</source>
        <translation>Identification avec la connexion « {connection} »…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="133"/>
        <source>QGIS could not open {url} through the connection “{connection}”, which signed in; the message log has QGIS's details.</source>
        <translation>QGIS n'a pas pu ouvrir {url} par la connexion « {connection} », qui s'est pourtant identifiée ; le journal des messages contient les détails de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="143"/>
        <source>Loaded {url} through the connection “{connection}”.</source>
        <translation>{url} chargée par la connexion « {connection} ».</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="157"/>
        <source>The service has several layers or none ({layers}): add the layer id to the URL.</source>
        <translation>Le service a plusieurs couches ou aucune ({layers}) : ajoutez le numéro de la couche à l'URL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="157"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="31"/>
        <source>ArcGIS Token Auth</source>
        <translation>ArcGIS Token Auth</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="34"/>
        <source>Server, service or layer URL</source>
        <translation>URL du serveur, du service ou de la couche</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="39"/>
        <source>User name (without a connection)</source>
        <translation>Nom d'utilisateur (sans connexion)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="44"/>
        <source>Sign in with this user name and the password below instead of a connection.</source>
        <translation>S'identifier avec ce nom d'utilisateur et le mot de passe ci-dessous au lieu d'une connexion.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="51"/>
        <source>Password (without a connection)</source>
        <translation>Mot de passe (sans connexion)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="56"/>
        <source>QGIS shows and stores it as &lt;hidden&gt; (log, history, copied commands). Prefer a connection: its password stays encrypted in QGIS&apos;s authentication database.</source>
        <translation>QGIS l'affiche et l'enregistre comme &lt;hidden&gt; (journal, historique, commandes copiées). Préférez une connexion : son mot de passe reste chiffré dans la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="81"/>
        <source>The password is never kept in QGIS&apos;s Processing history or in copied commands: enter it again.</source>
        <translation>Le mot de passe n'est jamais conservé dans l'historique des traitements de QGIS ni dans les commandes copiées : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="89"/>
        <source>Give either a connection, or a user name and password, not both.</source>
        <translation>Indiquez soit une connexion, soit un nom d'utilisateur et un mot de passe, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="98"/>
        <source>Signing in without a connection needs the URL, the user name and the password.</source>
        <translation>S'identifier sans connexion nécessite l'URL, le nom d'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="106"/>
        <source>Choose a connection, or give a URL. {connections}</source>
        <translation>Choisissez une connexion, ou indiquez une URL. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="135"/>
        <source>Format of the server&apos;s answers</source>
        <translation>Format des réponses du serveur</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="135"/>
        <source>Automatic: PBF where the layer offers it</source>
        <translation>Automatique : PBF si la couche le propose</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="152"/>
        <source>Pages requested at once</source>
        <translation>Pages demandées simultanément</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="160"/>
        <source>At most this many pages of features on their way at once (1: one after the other). Fewer are asked for while the server answers errors or slows down.</source>
        <translation>Au plus ce nombre de pages d'entités en cours de transfert à la fois (1 : l'une après l'autre). Moins sont demandées tant que le serveur répond par des erreurs ou ralentit.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="202"/>
        <source>Continuing the interrupted download into {output}: {done} of {count} features are there.</source>
        <translation>Reprise du téléchargement interrompu dans {output} : {done} entités sur {count} y sont déjà.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="211"/>
        <source>{count} features of “{layer}” match; downloading up to {batch} at a time, {pages} pages at once, in {format}.</source>
        <translation>{count} entités de « {layer} » correspondent ; téléchargement par lots de {batch} au plus, {pages} pages à la fois, en {format}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="252"/>
        <source>Cancelled: {count} features were written. {resume}</source>
        <translation>Annulé : {count} entités ont été écrites. {resume}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="259"/>
        <source>{count} features downloaded ({rate} features per second).</source>
        <translation>{count} entités téléchargées ({rate} entités par seconde).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="274"/>
        <source>{output} holds an interrupted download of something else (its {what} differ): choose another output, or delete it to start over.</source>
        <translation>{output} contient le téléchargement interrompu d'autre chose (ses paramètres {what} diffèrent) : choisissez une autre sortie, ou supprimez-la pour recommencer.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="302"/>
        <source>PBF cannot be read here ({reason}): downloading in JSON.</source>
        <translation>PBF ne peut pas être lu ici ({reason}) : téléchargement en JSON.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="62"/>
        <source>Run the download again with the same output to continue where it stopped.</source>
        <translation>Relancez le téléchargement avec la même sortie pour le reprendre là où il s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="400"/>
        <source>{written} of {total} features, {rate} features per second</source>
        <translation>{written} entités sur {total}, {rate} entités par seconde</translation>
    </message>
    <message>
        <location filename="../plugin/processing/resume.py" line="97"/>
        <source>{output} holds an interrupted download that cannot be continued (it has no {field} field): delete it, or choose another output.</source>
        <translation>{output} contient un téléchargement interrompu qui ne peut pas être repris (il n'a pas de champ {field}) : supprimez-le, ou choisissez une autre sortie.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="145"/>
        <source>PBF (protocol buffers, ArcGIS Server 10.7 and later, ArcGIS Online) answers are under half the size of JSON&apos;s; coordinates come quantised by the server. A server that refuses PBF gets JSON.</source>
        <translation>Les réponses PBF (protocol buffers, ArcGIS Server 10.7 et ultérieur, ArcGIS Online) font moins de la moitié de la taille des réponses JSON ; les coordonnées sont quantifiées par le serveur. Un serveur qui refuse PBF reçoit des requêtes JSON.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="41"/>
        <source>The plugin connection to the portal or ArcGIS Online organisation that holds the web map. In qgis_process give its name or its id.</source>
        <translation>La connexion de l'extension au portail ou à l'organisation ArcGIS Online qui contient la carte Web. Dans qgis_process, indiquez son nom ou son id.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="56"/>
        <source>Load ArcGIS Web Map</source>
        <translation>Charger une carte Web ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="57"/>
        <source>Opens a Web Map of an ArcGIS Enterprise portal or ArcGIS Online as a group of QGIS layers: its layers in its order and groups, with their titles, visibility, opacity, scale ranges and definition expressions, and its basemap.

Web Map item: the item's id, or the address of its item page (…/home/item.html?id=…).

Project file: empty adds the group to the current project; a .qgz or .qgs path saves a project holding only the web map (what qgis_process needs).

Layers that QGIS cannot show as the web map does are listed in the log and in the “Not represented” output. Secured layers keep only the connection's id (authcfg).</source>
        <translation>Ouvre une carte Web d'un portail ArcGIS Enterprise ou d'ArcGIS Online comme un groupe de couches QGIS : ses couches, dans son ordre et ses groupes, avec leurs titres, leur visibilité, leur opacité, leurs plages d'échelles et leurs requêtes de définition, ainsi que son fond de carte.

Élément de carte Web : l'id de l'élément, ou l'adresse de sa page d'élément (…/home/item.html?id=…).

Fichier de projet : vide, le groupe est ajouté au projet actuel ; un chemin .qgz ou .qgs enregistre un projet ne contenant que la carte Web (ce dont qgis_process a besoin).

Les couches que QGIS ne peut pas afficher comme le fait la carte Web sont listées dans le journal et dans la sortie « Couches non représentées ». Les couches sécurisées ne conservent que l'id de la connexion (authcfg).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="76"/>
        <source>Web Map item</source>
        <translation>Élément de carte Web</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="79"/>
        <source>The item id (32 characters), or its item page&apos;s address.</source>
        <translation>L'id de l'élément (32 caractères), ou l'adresse de sa page d'élément.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="85"/>
        <source>Project file</source>
        <translation>Fichier de projet</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="85"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>Projets QGIS (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="94"/>
        <source>Web map layers</source>
        <translation>Couches de la carte Web</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="99"/>
        <source>Not represented</source>
        <translation>Couches non représentées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="113"/>
        <source>“{item}” is not a Web Map item: give its id (32 characters) or its item page's address.</source>
        <translation>« {item} » n'est pas un élément de carte Web : indiquez son id (32 caractères) ou l'adresse de sa page d'élément.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="121"/>
        <source>Choose the connection to the portal that holds the web map. {connections}</source>
        <translation>Choisissez la connexion au portail qui contient la carte Web. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="133"/>
        <source>Opening the web map “{title}”…</source>
        <translation>Ouverture de la carte Web « {title} »…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="150"/>
        <source>QGIS could not write the project {path}: {error}</source>
        <translation>QGIS n'a pas pu écrire le projet {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="160"/>
        <source>Opened the web map “{title}”: {count} layers.</source>
        <translation>Carte Web « {title} » ouverte : {count} couches.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="211"/>
        <source>{server} answered a query without the object id field {field}.</source>
        <translation>{server} a répondu à une requête sans le champ d’identifiant d’objet {field}.</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthPki</name>
    <message>
        <location filename="../plugin/integration/pki.py" line="47"/>
        <source>QGIS&apos;s authentication database has no configuration {id}</source>
        <translation>la base de données d'authentification de QGIS n'a pas de configuration {id}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="57"/>
        <source>the identity of configuration {id} is gone</source>
        <translation>l'identité de la configuration {id} a disparu</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="69"/>
        <source>configuration {id} is not a client certificate</source>
        <translation>la configuration {id} n'est pas un certificat client</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="83"/>
        <source>the certificate or key of configuration {id} could not be read (its passphrase?)</source>
        <translation>le certificat ou la clé de la configuration {id} n'a pas pu être lu (sa phrase secrète ?)</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="92"/>
        <source>the certificate of configuration {id} expired on {date}</source>
        <translation>le certificat de la configuration {id} a expiré le {date}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="501"/>
        <source>QGIS&apos;s master password is needed</source>
        <translation>le mot de passe principal de QGIS est nécessaire</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="74"/>
        <source>the key of configuration {id} is protected by a passphrase that is not stored with it: store it in the configuration (Settings &gt; Options &gt; Authentication), or enter it when QGIS desktop asks for it</source>
        <translation>la clé de la configuration {id} est protégée par une phrase secrète qui n'y est pas enregistrée : enregistrez-la dans la configuration (Préférences &gt; Options &gt; Authentification), ou saisissez-la quand QGIS bureautique la demande</translation>
    </message>
</context>
<context>
    <name>ArcGISWebMap</name>
    <message>
        <location filename="../plugin/core/webmap.py" line="51"/>
        <source>features stored in the web map</source>
        <translation>entités stockées dans la carte Web</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="52"/>
        <source>no URL</source>
        <translation>pas d'URL</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="53"/>
        <source>not a web address</source>
        <translation>pas une adresse web</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="54"/>
        <source>no layer type</source>
        <translation>pas de type de couche</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="55"/>
        <source>a layer type the plugin does not open</source>
        <translation>un type de couche que l'extension n'ouvre pas</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="56"/>
        <source>groups nested too deeply</source>
        <translation>groupes imbriqués trop profondément</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="57"/>
        <source>a vector tile style without its service&apos;s address</source>
        <translation>un style de tuiles vectorielles sans l'adresse de son service</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="58"/>
        <source>a tile address without level, column and row</source>
        <translation>une adresse de tuiles sans niveau, colonne ni ligne</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="59"/>
        <source>a tile address without its sub-domains</source>
        <translation>une adresse de tuiles sans ses sous-domaines</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="60"/>
        <source>tiles in another tiling scheme than Web Mercator&apos;s</source>
        <translation>des tuiles dans un autre schéma de tuilage que celui de Web Mercator</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="61"/>
        <source>a Bing Maps basemap</source>
        <translation>un fond de carte Bing Maps</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="63"/>
        <source>a CSV file</source>
        <translation>un fichier CSV</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="64"/>
        <source>a KML file</source>
        <translation>un fichier KML</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="65"/>
        <source>a GeoJSON file</source>
        <translation>un fichier GeoJSON</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="66"/>
        <source>a GeoRSS feed</source>
        <translation>un flux GeoRSS</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="67"/>
        <source>a WMS service</source>
        <translation>un service WMS</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="68"/>
        <source>a WFS service</source>
        <translation>un service WFS</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="69"/>
        <source>an OGC API - Features collection</source>
        <translation>une collection OGC API - Features</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="70"/>
        <source>a stream service</source>
        <translation>un service de flux</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="71"/>
        <source>an image service drawn as vectors</source>
        <translation>un service d'images dessiné sous forme de vecteurs</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="72"/>
        <source>a layer drawn by subtype</source>
        <translation>une couche dessinée par sous-type</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="42"/>
        <source>QGIS could not open it</source>
        <translation>QGIS n'a pas pu l'ouvrir</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="43"/>
        <source>shown unfiltered: QGIS could not apply its definition expression</source>
        <translation>affichée sans filtre : QGIS n'a pas pu appliquer sa requête de définition</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="90"/>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="66"/>
        <source>{layer}: {reason}</source>
        <translation>{layer} : {reason}</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="338"/>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Cette adresse ne reçoit que la réponse d'une identification.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="282"/>
        <source>Nothing to do here</source>
        <translation>Rien à faire ici</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="283"/>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="293"/>
        <source>This sign-in has already ended. Return to QGIS.</source>
        <translation>Cette identification est déjà terminée. Revenez à QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="294"/>
        <source>Sign-in already handled</source>
        <translation>Identification déjà traitée</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="303"/>
        <source>Signed in as {name}. You can close this tab and return to QGIS.</source>
        <translation>Connecté en tant que {name}. Vous pouvez fermer cet onglet et revenir à QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="306"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="332"/>
        <source>Wrong address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="332"/>
        <source>Open this page at the address the sign-in redirected to.</source>
        <translation>Ouvrez cette page à l'adresse vers laquelle l'identification a redirigé.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="338"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="180"/>
        <source>Editable on the server, but not in this QGIS: editing needs QGIS 3.28 or later.</source>
        <translation>Modifiable sur le serveur, mais pas dans ce QGIS : la modification nécessite QGIS 3.28 ou une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="97"/>
        <source>New ArcGIS Connection</source>
        <translation>Nouvelle connexion ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="168"/>
        <source>The OS keyring cannot be used: {reason}.</source>
        <translation>Le trousseau de clés du système ne peut pas être utilisé : {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="124"/>
        <source>Both keep the secret encrypted; neither puts it in a project file.</source>
        <translation>Les deux conservent le secret chiffré ; aucun ne l'écrit dans un fichier de projet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="177"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="304"/>
        <source>Unchanged: type only to replace the stored one</source>
        <translation>Inchangé : ne saisir que pour remplacer celui qui est enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="352"/>
        <source>Check the URL</source>
        <translation>Vérifiez l'URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="443"/>
        <source>Incomplete connection</source>
        <translation>Connexion incomplète</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="362"/>
        <source>Enter the referer, or bind the tokens to this computer&apos;s IP address.</source>
        <translation>Saisissez le référent, ou liez les jetons à l'adresse IP de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="463"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="463"/>
        <source>The OS keyring did not accept the secret ({error}).</source>
        <translation>Le trousseau de clés du système n'a pas accepté le secret ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="546"/>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="547"/>
        <source>Testing the ArcGIS connection “{connection}”</source>
        <translation>Test de la connexion ArcGIS « {connection} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="563"/>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="611"/>
        <source>Test failed</source>
        <translation>Échec du test</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="581"/>
        <source>The reason and what to do are under “Test”.</source>
        <translation>La cause et la marche à suivre figurent sous « Test ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="590"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="593"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="595"/>
        <source>{moment} (in {time_left})</source>
        <translation>{moment} (dans {time_left})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="601"/>
        <source>Signed in to {server}.</source>
        <translation>Connecté à {server}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="600"/>
        <source>Test passed: signed in to {server}.</source>
        <translation>Test réussi : connecté à {server}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="608"/>
        <source>The test stopped on an internal error ({error}); the message log has the details.</source>
        <translation>Le test s'est arrêté sur une erreur interne ({error}) ; le journal des messages contient les détails.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="14"/>
        <source>ArcGIS Connection</source>
        <translation>Connexion ArcGIS</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="499"/>
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
        <location filename="../ui/connection_editor.ui" line="173"/>
        <source>Sign-in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="179"/>
        <source>Sign in with</source>
        <translation>S'identifier avec</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="192"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="205"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="218"/>
        <source>Keep it in</source>
        <translation>Le conserver dans</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="313"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="325"/>
        <source>Token bound to</source>
        <translation>Jeton lié à</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="338"/>
        <source>Referer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="351"/>
        <source>Send the token as</source>
        <translation>Envoyer le jeton via</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="364"/>
        <source>Token lifetime</source>
        <translation>Durée de vie du jeton</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="374"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="390"/>
        <source>Allow plain HTTP (unencrypted)</source>
        <translation>Autoriser le HTTP non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="397"/>
        <source>Over plain HTTP, your password and the tokens travel unencrypted: anyone on the network path can read and reuse them. Use it only on a network you trust.</source>
        <translation>En HTTP non chiffré, votre mot de passe et les jetons circulent en clair : toute personne sur le trajet réseau peut les lire et les réutiliser. Ne l'utilisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="410"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="418"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="435"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="513"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="527"/>
        <source>Token endpoint</source>
        <translation>Point d'accès des jetons</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="544"/>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="561"/>
        <source>Token sent as</source>
        <translation>Jeton envoyé via</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="575"/>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="487"/>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="519"/>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="523"/>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="525"/>
        <source>Signed in as {user}</source>
        <translation>Connecté en tant que {user}</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="253"/>
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="277"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="378"/>
        <source>Check the referer</source>
        <translation>Vérifiez le référent</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="379"/>
        <source>The referer cannot hold “{character}”: it is sent as an HTTP header, which carries only printable Latin-1 characters (letters, digits, punctuation such as - . / :).</source>
        <translation>Le référent ne peut pas contenir « {character} » : il est envoyé dans un en-tête HTTP, qui ne porte que des caractères Latin-1 imprimables (lettres, chiffres, ponctuation comme - . / :).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="386"/>
        <source>Check “{field}”</source>
        <translation>Vérifiez « {field} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="387"/>
        <source>“{field}” cannot hold an invisible or control character ({character}).</source>
        <translation>« {field} » ne peut pas contenir de caractère invisible ou de contrôle ({character}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="137"/>
        <source>Not with a Basic or Windows web tier: it takes the Authorization header.</source>
        <translation>Pas avec un niveau serveur web Basic ou Windows : il occupe l'en-tête Authorization.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="151"/>
        <source>{id} (no longer in QGIS&apos;s authentication database)</source>
        <translation>{id} (n'est plus dans la base de données d'authentification de QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="155"/>
        <source>Your certificates in QGIS&apos;s authentication database (Settings &gt; Options &gt; Authentication).</source>
        <translation>Vos certificats dans la base de données d'authentification de QGIS (Préférences &gt; Options &gt; Authentification).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="162"/>
        <source>QGIS&apos;s authentication database holds no client certificate yet: add one under Settings &gt; Options &gt; Authentication (PKI paths, PKI PKCS#12 or an identity certificate), then open this form again.</source>
        <translation>La base de données d'authentification de QGIS ne contient encore aucun certificat client : ajoutez-en un dans Préférences &gt; Options &gt; Authentification (chemins PKI, PKI PKCS#12 ou certificat d'identité), puis rouvrez ce formulaire.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="296"/>
        <source>DOMAIN\user</source>
        <translation>DOMAINE\utilisateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="400"/>
        <source>Check the web tier</source>
        <translation>Vérifiez le niveau serveur web</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="402"/>
        <source>“Signed in by the web tier” needs a web tier: choose what it asks for, or another way to sign in.</source>
        <translation>« Identifié par le niveau serveur web » nécessite un niveau serveur web : choisissez ce qu'il demande, ou une autre manière de s'identifier.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="405"/>
        <source>A Basic or Windows web tier signs you in with the user name and password: choose “Signed in by the web tier”.</source>
        <translation>Un niveau serveur web Basic ou Windows vous identifie avec le nom d'utilisateur et le mot de passe : choisissez « Identifié par le niveau serveur web ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="410"/>
        <source>Check “Send the token as”</source>
        <translation>Vérifiez « Envoyer le jeton via »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="410"/>
        <source>A Basic or Windows web tier takes the Authorization header: the token travels in X-Esri-Authorization (choose it, or Automatic).</source>
        <translation>Un niveau serveur web Basic ou Windows occupe l'en-tête Authorization : le jeton circule dans X-Esri-Authorization (choisissez-le, ou Automatique).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="414"/>
        <source>Choose the certificate</source>
        <translation>Choisissez le certificat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="414"/>
        <source>Choose the client certificate the web tier asks for.</source>
        <translation>Choisissez le certificat client que demande le niveau serveur web.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="108"/>
        <source>Web tier</source>
        <translation>Niveau serveur web</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="120"/>
        <source>Only if your administrator put a web tier in front of ArcGIS (IIS with the ArcGIS Web Adaptor, or a reverse proxy): it asks for a client certificate, or for Windows or Basic credentials, before ArcGIS sees a request, and ArcGIS issues the token to the user it let through. The token then travels in the X-Esri-Authorization header: Authorization belongs to the web tier.</source>
        <translation>Uniquement si votre administrateur a placé un niveau serveur web devant ArcGIS (IIS avec l'ArcGIS Web Adaptor, ou un proxy inverse) : il demande un certificat client, ou des identifiants Windows ou Basic, avant qu'ArcGIS ne voie une requête, et ArcGIS délivre le jeton à l'utilisateur qu'il a laissé passer. Le jeton circule alors dans l'en-tête X-Esri-Authorization : Authorization appartient au niveau serveur web.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="130"/>
        <source>Asks for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="150"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="137"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="178"/>
        <source>Renew Now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="142"/>
        <source>Sign In Now</source>
        <translation>Se connecter maintenant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="177"/>
        <source>Signed out of “{connection}” and forgot its stored secret: the next sign-in asks for it.</source>
        <translation>Déconnecté de « {connection} » et secret enregistré oublié : la prochaine connexion le demandera.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="179"/>
        <source>Signed out of “{connection}”. Its layers sign in again when they next need a token.</source>
        <translation>Déconnecté de « {connection} ». Ses couches se reconnecteront dès qu'elles auront besoin d'un jeton.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="188"/>
        <source>Signed in to “{connection}”; the token does not expire.</source>
        <translation>Connecté à « {connection} » ; le jeton n'expire pas.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="190"/>
        <source>Signed in to “{connection}”; the new token expires at {expires}.</source>
        <translation>Connecté à « {connection} » ; le nouveau jeton expire le {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="198"/>
        <source>“{connection}” could not sign in</source>
        <translation>« {connection} » n'a pas pu se connecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="247"/>
        <source>Saved “{connection}”.</source>
        <translation>« {connection} » enregistrée.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="253"/>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="253"/>
        <source>Delete “{connection}”? Its stored credentials are deleted too, and layers that use it will no longer sign in.</source>
        <translation>Supprimer « {connection} » ? Ses identifiants enregistrés seront supprimés aussi, et les couches qui l'utilisent ne pourront plus se connecter.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="282"/>
        <source>Deleted “{connection}”.</source>
        <translation>« {connection} » supprimée.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="284"/>
        <source>Removed from QGIS&apos;s Browser: {servers}.</source>
        <translation>Retirée de l'Explorateur de QGIS : {servers}.</translation>
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
        <location filename="../plugin/gui/connections_dialog.py" line="204"/>
        <source>“{connection}” needs a browser sign-in</source>
        <translation>« {connection} » doit se connecter par le navigateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="204"/>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ContentBrowser</name>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Content</source>
        <translation>Mon contenu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Groups</source>
        <translation>Mes groupes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Organisation</source>
        <translation>Mon organisation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="143"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="252"/>
        <source>Choose a connection to an ArcGIS Enterprise portal or ArcGIS Online to browse its items.</source>
        <translation>Choisissez une connexion à un portail ArcGIS Enterprise ou à ArcGIS Online pour en parcourir les éléments.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="258"/>
        <source>“{connection}” is not signed in, so its items cannot be listed. Once it can sign in, read them with the refresh button.</source>
        <translation>« {connection} » n'est pas connectée : ses éléments ne peuvent donc pas être listés. Dès qu'elle pourra se connecter, lisez-les avec le bouton d'actualisation.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="287"/>
        <source>Reading the content of “{connection}”</source>
        <translation>Lecture du contenu de « {connection} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="288"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="313"/>
        <source>The content of “{connection}” could not be read</source>
        <translation>Le contenu de « {connection} » n'a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="325"/>
        <source>{username} (root folder)</source>
        <translation>{username} (dossier racine)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="333"/>
        <source>You are in no group</source>
        <translation>Vous n'êtes membre d'aucun groupe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="357"/>
        <source>A search looks in all your folders.</source>
        <translation>Une recherche porte sur tous vos dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="57"/>
        <source>The folder of your content, or the group, to list</source>
        <translation>Le dossier de votre contenu, ou le groupe, à lister</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="384"/>
        <source>Searching “{connection}”</source>
        <translation>Recherche dans « {connection} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="385"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="407"/>
        <source>The items could not be listed</source>
        <translation>Les éléments n'ont pas pu être listés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="414"/>
        <source>No items</source>
        <translation>Aucun élément</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="416"/>
        <source>{shown} of {total} items</source>
        <translation>{shown} éléments sur {total}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="476"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="202"/>
        <source>Show Layers</source>
        <translation>Afficher les couches</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="215"/>
        <source>Add Layer</source>
        <translation>Ajouter la couche</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="228"/>
        <source>Open Web Map</source>
        <translation>Ouvrir la carte Web</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="241"/>
        <source>Open as New Project</source>
        <translation>Ouvrir dans un nouveau projet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="627"/>
        <source>Adding “{title}”</source>
        <translation>Ajout de « {title} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="639"/>
        <source>Layer “{title}” added to the project.</source>
        <translation>Couche « {title} » ajoutée au projet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="641"/>
        <source>Not added</source>
        <translation>Non ajoutée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="641"/>
        <source>QGIS could not open {layers}. The message log has the details.</source>
        <translation>QGIS n'a pas pu ouvrir {layers}. Le journal des messages contient les détails.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="647"/>
        <source>Layer not added</source>
        <translation>Couche non ajoutée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="676"/>
        <source>Web map “{title}” not opened</source>
        <translation>Carte Web « {title} » non ouverte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="665"/>
        <source>Opening “{title}”</source>
        <translation>Ouverture de « {title} »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="676"/>
        <source>The current project was kept.</source>
        <translation>Le projet actuel a été conservé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="682"/>
        <source>Web map “{title}” opened: {count} layers</source>
        <translation>Carte Web « {title} » ouverte : {count} couches</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="687"/>
        <source>Not shown as in the web map</source>
        <translation>Non affichées comme dans la carte Web</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="38"/>
        <source>Look in</source>
        <translation>Chercher dans</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="64"/>
        <source>Read the portal&apos;s content again</source>
        <translation>Relire le contenu du portail</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="75"/>
        <source>Search by title, tag or summary</source>
        <translation>Rechercher par titre, balise ou résumé</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="82"/>
        <source>The type of items to list</source>
        <translation>Type d'éléments à lister</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="127"/>
        <source>Read the next page of items and add it to the list</source>
        <translation>Lire la page d'éléments suivante et l'ajouter à la liste</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="130"/>
        <source>More results</source>
        <translation>Plus de résultats</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="172"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="199"/>
        <source>List the layers of the item&apos;s service on the Services tab, to choose the ones to add</source>
        <translation>Lister les couches du service de l'élément dans l'onglet Services, pour choisir celles à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="212"/>
        <source>Add the vector tile service to the project, drawn with its own style</source>
        <translation>Ajouter le service de tuiles vectorielles au projet, dessiné avec son propre style</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="225"/>
        <source>Add the web map&apos;s layers to this project, as a group named after it</source>
        <translation>Ajouter les couches de la carte Web à ce projet, dans un groupe portant son nom</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="238"/>
        <source>Start a new project with the web map&apos;s layers (QGIS asks to save the current one first)</source>
        <translation>Commencer un nouveau projet avec les couches de la carte Web (QGIS propose d'abord d'enregistrer le projet actuel)</translation>
    </message>
</context>
<context>
    <name>CredentialPrompt</name>
    <message>
        <location filename="../plugin/integration/prompt.py" line="111"/>
        <source>Enter your ArcGIS user name and password.</source>
        <translation>Saisissez votre nom d'utilisateur et votre mot de passe ArcGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="114"/>
        <source>Enter the API key (in the password field).</source>
        <translation>Saisissez la clé d'API (dans le champ du mot de passe).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="117"/>
        <source>Enter the app&apos;s client ID (user name) and client secret (password).</source>
        <translation>Saisissez l'ID client de l'application (nom d'utilisateur) et le secret client (mot de passe).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="120"/>
        <source>Enter the credentials.</source>
        <translation>Saisissez les identifiants.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="83"/>
        <source>Enter the key&apos;s passphrase (in the password field).</source>
        <translation>Saisissez la phrase secrète de la clé (dans le champ du mot de passe).</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../plugin/gui/feedback.py" line="85"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="116"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="59"/>
        <source>An internal error stopped it ({error}); the message log has the details.</source>
        <translation>Une erreur interne l'a interrompu ({error}) ; le journal des messages contient les détails.</translation>
    </message>
</context>
<context>
    <name>HeadlessError</name>
    <message>
        <location filename="../plugin/integration/headless.py" line="40"/>
        <source>For qgis_process and other runs without a window, write the profile&apos;s master password on the first line of a file only you can read, and set the environment variable QGIS_AUTH_PASSWORD_FILE to its path</source>
        <translation>Pour qgis_process et les autres exécutions sans fenêtre, écrivez le mot de passe principal du profil sur la première ligne d'un fichier que vous seul pouvez lire, et indiquez son chemin dans la variable d'environnement QGIS_AUTH_PASSWORD_FILE</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="74"/>
        <source>Several connections are named “{name}”: give the id of one of them ({ids}).</source>
        <translation>Plusieurs connexions s'appellent « {name} » : indiquez l'id de l'une d'elles ({ids}).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="79"/>
        <source>There is no ArcGIS Token Auth connection “{name}”. {connections}</source>
        <translation>Il n'y a pas de connexion ArcGIS Token Auth « {name} ». {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="90"/>
        <source>This QGIS profile has no ArcGIS Token Auth connections yet.</source>
        <translation>Ce profil QGIS n'a encore aucune connexion ArcGIS Token Auth.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="93"/>
        <source>“{name}” (id {id})</source>
        <translation>« {name} » (id {id})</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="95"/>
        <source>Connections in this QGIS profile: {connections}.</source>
        <translation>Connexions de ce profil QGIS : {connections}.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="112"/>
        <source>The connection “{name}” does not cover {server}: choose the connection for that server, or leave the connection empty to find it.</source>
        <translation>La connexion « {name} » ne couvre pas {server} : choisissez la connexion de ce serveur, ou laissez la connexion vide pour la trouver.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="125"/>
        <source>One connection could not sign in: {reason}</source>
        <translation>Une connexion n'a pas pu s'identifier : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="152"/>
        <source>The secret of the connection “{name}” is kept in the OS keyring, which cannot be used here: {reason}. Keep the secret in QGIS's authentication database instead (edit the connection), or run where the keyring is available and unlocked.</source>
        <translation>Le secret de la connexion « {name} » est conservé dans le trousseau de clés du système, qui ne peut pas être utilisé ici : {reason}. Conservez plutôt le secret dans la base de données d'authentification de QGIS (modifiez la connexion), ou lancez l'exécution là où le trousseau est disponible et déverrouillé.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="164"/>
        <source>QGIS's authentication database is locked. Layers that sign in through the connection “{name}” carry its authentication configuration, which QGIS opens only with the master password. {unlock_hint}.</source>
        <translation>La base de données d'authentification de QGIS est verrouillée. Les couches qui s'identifient par la connexion « {name} » portent sa configuration d'authentification, que QGIS n'ouvre qu'avec le mot de passe principal. {unlock_hint}.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="172"/>
        <source>QGIS's authentication database is locked, and the secret of the connection “{name}” is kept there. {unlock_hint}; or keep the connection's secret in the OS keyring.</source>
        <translation>La base de données d'authentification de QGIS est verrouillée, et le secret de la connexion « {name} » y est conservé. {unlock_hint} ; ou conservez le secret de la connexion dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="181"/>
        <source>The authentication configuration of the connection “{name}” (id {id}) was deleted in QGIS's Authentication settings. Open the connection in the plugin and save it again.</source>
        <translation>La configuration d'authentification de la connexion « {name} » (id {id}) a été supprimée dans les paramètres d'authentification de QGIS. Ouvrez la connexion dans l'extension et enregistrez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="189"/>
        <source>The authentication configuration of the connection “{name}” was edited in QGIS's own EsriToken editor, which drops the plugin's settings. Open the connection in the plugin and save it again.</source>
        <translation>La configuration d'authentification de la connexion « {name} » a été modifiée dans l'éditeur EsriToken de QGIS, qui supprime les paramètres de l'extension. Ouvrez la connexion dans l'extension et enregistrez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="197"/>
        <source>The authentication configuration of the connection “{name}” cannot be decrypted: check that QGIS_AUTH_PASSWORD_FILE holds this authentication database's master password.</source>
        <translation>La configuration d'authentification de la connexion « {name} » ne peut pas être déchiffrée : vérifiez que QGIS_AUTH_PASSWORD_FILE contient le mot de passe principal de cette base de données d'authentification.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="223"/>
        <source>The connection “{name}” does not cover {server}.</source>
        <translation>La connexion « {name} » ne couvre pas {server}.</translation>
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
        <location filename="../plugin/gui/actions.py" line="110"/>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="106"/>
        <source>“{connection}” could not sign in</source>
        <translation>« {connection} » n'a pas pu se connecter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="125"/>
        <source>“{connection}” needs a browser sign-in</source>
        <translation>« {connection} » doit se connecter par le navigateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="129"/>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="141"/>
        <source>Edits not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>PortalItems</name>
    <message>
        <location filename="../plugin/gui/models.py" line="245"/>
        <source>Feature Service</source>
        <translation>Service d'entités</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="246"/>
        <source>Map Service</source>
        <translation>Service de carte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="247"/>
        <source>Vector Tile Service</source>
        <translation>Service de tuiles vectorielles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="248"/>
        <source>Image Service</source>
        <translation>Service d'images</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="249"/>
        <source>Web Map</source>
        <translation>Carte Web</translation>
    </message>
</context>
<context>
    <name>PortalItemsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Modified</source>
        <translation>Modifié</translation>
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
        <location filename="../plugin/gui/texts.py" line="52"/>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="35"/>
        <source>App credentials (OAuth2 client ID and secret)</source>
        <translation>Identifiants d'application (ID client et secret OAuth2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="46"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="47"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="53"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="55"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="60"/>
        <source>Enter the client ID.</source>
        <translation>Saisissez l'ID client.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="61"/>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d'utilisateur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="66"/>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d'API.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="67"/>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="70"/>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="75"/>
        <source>QGIS authentication database</source>
        <translation>Base de données d'authentification de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="76"/>
        <source>Operating system keyring</source>
        <translation>Trousseau de clés du système d'exploitation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="100"/>
        <source>Referer (sent with every request)</source>
        <translation>Référent (envoyé avec chaque requête)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="101"/>
        <source>IP address of this computer</source>
        <translation>Adresse IP de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="107"/>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandé)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="108"/>
        <source>X-Esri-Authorization header</source>
        <translation>En-tête X-Esri-Authorization</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="109"/>
        <source>Authorization: Bearer header</source>
        <translation>En-tête Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="111"/>
        <source>token query parameter (old servers)</source>
        <translation>paramètre de requête token (anciens serveurs)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="129"/>
        <source>ArcGIS Server (standalone)</source>
        <translation>ArcGIS Server (autonome)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="130"/>
        <source>ArcGIS Server, federated with a portal</source>
        <translation>ArcGIS Server fédéré avec un portail</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="131"/>
        <source>ArcGIS Enterprise portal</source>
        <translation>Portail ArcGIS Enterprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="132"/>
        <source>ArcGIS Online</source>
        <translation>ArcGIS Online</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="138"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="139"/>
        <source>Multipoint</source>
        <translation>Multipoint</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="140"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="141"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="142"/>
        <source>Envelope</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="143"/>
        <source>Table (no geometry)</source>
        <translation>Table (sans géométrie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="144"/>
        <source>Drawn by the server</source>
        <translation>Dessinée par le serveur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="151"/>
        <source>Feature service</source>
        <translation>Service d'entités</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="156"/>
        <source>Map service</source>
        <translation>Service de carte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="165"/>
        <source>less than a minute</source>
        <translation>moins d'une minute</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="38"/>
        <source>Browser sign-in (SAML, multifactor)</source>
        <translation>Connexion par le navigateur (SAML, multifacteur)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="68"/>
        <source>Sign in with the browser first.</source>
        <translation>Connectez-vous d'abord avec le navigateur.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="110"/>
        <source>Authorization header, token alone</source>
        <translation>En-tête Authorization, jeton seul</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="117"/>
        <source>token in the POST body</source>
        <translation>jeton dans le corps de la requête POST</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="122"/>
        <source>{layers} (layers), {processing} (Processing)</source>
        <translation>{layers} (couches), {processing} (Traitements)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="167"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="169"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="171"/>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="145"/>
        <source>Vector tiles</source>
        <translation>Tuiles vectorielles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="153"/>
        <source>Vector tile service</source>
        <translation>Service de tuiles vectorielles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="155"/>
        <source>Image service</source>
        <translation>Service d’images</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="40"/>
        <source>Signed in by the web tier</source>
        <translation>Identifié par le niveau serveur web</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="54"/>
        <source>Web-tier password</source>
        <translation>Mot de passe du niveau serveur web</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="69"/>
        <source>Enter the web-tier password.</source>
        <translation>Saisissez le mot de passe du niveau serveur web.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="82"/>
        <source>None</source>
        <translation>Rien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="83"/>
        <source>Client certificate (PKI)</source>
        <translation>Certificat client (PKI)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="84"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="85"/>
        <source>Windows (NTLM)</source>
        <translation>Windows (NTLM)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="91"/>
        <source>Windows (NTLM) needs the Python package requests-ntlm, which QGIS&apos;s Python does not have: install it (pip install requests-ntlm; on Windows in the OSGeo4W Shell) and restart QGIS.</source>
        <translation>Windows (NTLM) nécessite le paquet Python requests-ntlm, absent du Python de QGIS : installez-le (pip install requests-ntlm ; sous Windows, dans l'OSGeo4W Shell) et redémarrez QGIS.</translation>
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
