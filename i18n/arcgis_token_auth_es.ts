<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_GB">
<context>
    <name>AddLayersDialog</name>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="95"/>
        <source>No connection yet: add one with “Connections…”.</source>
        <translation>Todavía no hay ninguna conexión: añada una con «Conexiones…».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="136"/>
        <source>Reading the catalog of “{connection}”</source>
        <translation>Leyendo el catálogo de «{connection}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="221"/>
        <source>Empty catalog</source>
        <translation>Catálogo vacío</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="233"/>
        <source>The catalog could not be read</source>
        <translation>No se pudo leer el catálogo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="231"/>
        <source>“{connection}” could not sign in</source>
        <translation>«{connection}» no pudo iniciar sesión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="321"/>
        <source>Adding layers from “{connection}”</source>
        <translation>Añadiendo capas de «{connection}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="333"/>
        <source>Layers not added</source>
        <translation>Capas no añadidas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="340"/>
        <source>Layers added to the project: {count}.</source>
        <translation>Capas añadidas al proyecto: {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="343"/>
        <source>Not added</source>
        <translation>No añadidas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="343"/>
        <source>QGIS could not open {layers}. The message log has the details.</source>
        <translation>QGIS no pudo abrir {layers}. El registro de mensajes contiene los detalles.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="355"/>
        <source>Added to ArcGIS REST Servers in QGIS&apos;s Browser panel: {servers}.</source>
        <translation>Añadido a Servidores ArcGIS REST en el panel Navegador de QGIS: {servers}.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="14"/>
        <source>Add Secured ArcGIS Layers</source>
        <translation>Añadir capas ArcGIS protegidas</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="32"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="52"/>
        <source>Read the catalog again</source>
        <translation>Volver a leer el catálogo</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="59"/>
        <source>Connections…</source>
        <translation>Conexiones…</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="103"/>
        <source>Filter by folder, service or layer name</source>
        <translation>Filtrar por nombre de carpeta, servicio o capa</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="131"/>
        <source>Add as</source>
        <translation>Añadir como</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="138"/>
        <source>Feature layers</source>
        <translation>Capas vectoriales</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="148"/>
        <source>Map layers (drawn by the server)</source>
        <translation>Capas de mapa (dibujadas por el servidor)</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="172"/>
        <source>Adds the connection&apos;s servers to QGIS&apos;s own ArcGIS REST Servers in the Browser panel, signed in through this connection.</source>
        <translation>Añade los servidores de la conexión a los Servidores ArcGIS REST de QGIS en el panel Navegador, con la sesión iniciada mediante esta conexión.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="175"/>
        <source>Create QGIS Browser Connection</source>
        <translation>Crear conexión en el Navegador de QGIS</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="195"/>
        <source>Add Layers</source>
        <translation>Añadir capas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="89"/>
        <source>Choose a connection…</source>
        <translation>Elija una conexión…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="153"/>
        <source>No connection for this address</source>
        <translation>Ninguna conexión para esta dirección</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="153"/>
        <source>No connection covers {url}: add one with “Connections…”.</source>
        <translation>Ninguna conexión cubre {url}: añada una con «Conexiones…».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="174"/>
        <source>Reading {url}</source>
        <translation>Leyendo {url}</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="87"/>
        <source>Or paste a service or layer URL: …/rest/services/Name/FeatureServer/0</source>
        <translation>O pegue la URL de un servicio o capa: …/rest/services/Nombre/FeatureServer/0</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="94"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="221"/>
        <source>No feature, map or vector tile service is visible to this connection.</source>
        <translation>Ningún servicio de entidades, de mapas ni de teselas vectoriales es visible para esta conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add as WMS Layer</source>
        <translation>Añadir como capa WMS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add Tile Cache as WMTS Layer</source>
        <translation>Añadir la caché de teselas como capa WMTS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add Tile Cache as XYZ Layer</source>
        <translation>Añadir la caché de teselas como capa XYZ</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="79"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="208"/>
        <source>Portal Content</source>
        <translation>Contenido del portal</translation>
    </message>
</context>
<context>
    <name>ArcGISAuthError</name>
    <message>
        <location filename="../plugin/core/errors.py" line="70"/>
        <source>Signing in to {server} failed.</source>
        <translation>No se pudo iniciar sesión en {server}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="85"/>
        <source>“{url}” is not a URL the plugin can use. Paste the http(s):// address of an ArcGIS Server service or folder, a portal or an ArcGIS Online organisation.</source>
        <translation>«{url}» no es una URL que el complemento pueda usar. Pegue la dirección http(s):// de un servicio o carpeta de ArcGIS Server, de un portal o de una organización de ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="115"/>
        <source>{server} refused the user name or password (or the client ID and secret). Check them — user names are case-sensitive — and enter them again.</source>
        <translation>{server} rechazó el nombre de usuario o la contraseña (o el ID de cliente y el secreto). Compruébelos —los nombres de usuario distinguen entre mayúsculas y minúsculas— e introdúzcalos de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="124"/>
        <source>The account is locked or not allowed to sign in at {server}. Wait until the lock expires, or ask your ArcGIS administrator to unlock or enable it.</source>
        <translation>La cuenta está bloqueada o no tiene permiso para iniciar sesión en {server}. Espere a que caduque el bloqueo o pida a su administrador de ArcGIS que la desbloquee o la habilite.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="144"/>
        <source>No {secret_name} is stored for the connection “{connection_name}”. Enter it in the connection's settings and try again.</source>
        <translation>No hay ningún secreto guardado para la conexión «{connection_name}» ({secret_name}). Introdúzcalo en la configuración de la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="162"/>
        <source>The API key of the connection “{connection_name}” expired on {expires_on}. Create a new key in your ArcGIS developer dashboard and enter it in the connection.</source>
        <translation>La clave de API de la conexión «{connection_name}» caducó el {expires_on}. Cree una clave nueva en su panel de desarrollador de ArcGIS e introdúzcala en la conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="173"/>
        <source>The API key of the connection “{connection_name}” expires on {expires_on}. Create a new key in your ArcGIS developer dashboard and enter it in the connection.</source>
        <translation>La clave de API de la conexión «{connection_name}» caduca el {expires_on}. Cree una clave nueva en su panel de desarrollador de ArcGIS e introdúzcala en la conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="274"/>
        <source>{server} only accepts sign-ins over HTTPS. Change the connection&apos;s URL to start with https://.</source>
        <translation>{server} solo acepta inicios de sesión por HTTPS. Cambie la URL de la conexión para que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="281"/>
        <source>Signing in to {server} would send your credentials unencrypted over plain HTTP, so the plugin did not do it. Use an https:// URL, or allow plain HTTP in the connection if you accept the risk.</source>
        <translation>Iniciar sesión en {server} enviaría sus credenciales sin cifrar por HTTP, así que el complemento no lo hizo. Use una URL https:// o permita HTTP sin cifrar en la conexión si acepta el riesgo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="299"/>
        <source>{server} redirected the request to {target}; the plugin did not send your credentials there. If {target} is the right server, use it in the connection&apos;s URL.</source>
        <translation>{server} redirigió la solicitud a {target}; el complemento no envió allí sus credenciales. Si {target} es el servidor correcto, úselo en la URL de la conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="318"/>
        <source>The HTTPS certificate of {server} is not trusted. If your organisation uses its own certificate authority, add it in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities) and try again.</source>
        <translation>El certificado HTTPS de {server} no es de confianza. Si su organización usa su propia autoridad de certificación, añádala en QGIS (Configuración &gt; Opciones &gt; Autenticación &gt; Administrador de certificados &gt; Autoridades) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="330"/>
        <source>The HTTPS certificate of {server} is for {certificate_names}, not for the host name in the connection&apos;s URL, so the connection is not secure. Use the host name the certificate is for in the URL (an IP address or a short name fails this way), or ask the server&apos;s administrator for a certificate that includes the name you use.</source>
        <translation>El certificado HTTPS de {server} está emitido para {certificate_names}, no para el nombre de host de la URL de la conexión, así que la conexión no es segura. Use en la URL el nombre de host para el que está emitido el certificado (con una dirección IP o un nombre corto falla de esta forma), o pida al administrador del servidor un certificado que incluya el nombre que usa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="340"/>
        <source>A secure (HTTPS) connection to {server} could not be set up. Check that the URL&apos;s scheme and port are right (https:// on an HTTP-only port fails this way) and QGIS&apos;s proxy settings.</source>
        <translation>No se pudo establecer una conexión segura (HTTPS) con {server}. Compruebe que el esquema y el puerto de la URL son correctos (https:// en un puerto solo HTTP falla así) y la configuración de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="405"/>
        <source>{server} could not be reached: its name did not resolve, the network is down or the connection broke off. Check the URL, your network connection and QGIS&apos;s proxy settings.</source>
        <translation>No se pudo acceder a {server}: su nombre no se resolvió, la red no está disponible o la conexión se interrumpió. Compruebe la URL, su conexión de red y la configuración de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="414"/>
        <source>{server} refused the connection: nothing answers at that address and port. Check the URL (and its port), or ask whether the server is running.</source>
        <translation>{server} rechazó la conexión: nada responde en esa dirección y puerto. Compruebe la URL (y su puerto) o pregunte si el servidor está en funcionamiento.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="422"/>
        <source>{server} did not answer in time. Try again later; if it keeps happening, check your network and QGIS&apos;s proxy settings.</source>
        <translation>{server} no respondió a tiempo. Vuelva a intentarlo más tarde; si sigue ocurriendo, compruebe su red y la configuración de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="433"/>
        <source>No ArcGIS token service was found at {server}. Check the connection&apos;s URL; the server may not use token-based security (web-tier authentication needs QGIS&apos;s own authentication methods).</source>
        <translation>No se encontró ningún servicio de tokens de ArcGIS en {server}. Compruebe la URL de la conexión; puede que el servidor no use seguridad basada en tokens (la autenticación en el nivel web requiere los métodos de autenticación propios de QGIS).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="457"/>
        <source>{server} failed to answer the request (HTTP {status}): the server, or a proxy or gateway in front of it, has a problem. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>{server} no pudo responder a la solicitud (HTTP {status}): el servidor, o un proxy o una pasarela situados delante de él, tiene un problema. Vuelva a intentarlo más tarde; si sigue ocurriendo, avise al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="467"/>
        <source>{server} has nothing at the address the plugin asked for (HTTP 404). Check the connection&apos;s URL: the site, web adaptor, folder or service name may be misspelt, or the service may have moved.</source>
        <translation>{server} no tiene nada en la dirección que pidió el complemento (HTTP 404). Compruebe la URL de la conexión: el nombre del sitio, del adaptador web, de la carpeta o del servicio puede estar mal escrito, o el servicio puede haberse movido.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="478"/>
        <source>{server} answered with a web page instead of ArcGIS data — often a sign-in page of a proxy or of web-tier authentication. Check the URL; for web-tier authentication use QGIS's own authentication methods.</source>
        <translation>{server} respondió con una página web en lugar de datos de ArcGIS —a menudo la página de inicio de sesión de un proxy o de la autenticación en el nivel web—. Compruebe la URL; para la autenticación en el nivel web, use los métodos de autenticación propios de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="487"/>
        <source>{server} gave an answer the plugin does not understand. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online.</source>
        <translation>{server} dio una respuesta que el complemento no entiende. Compruebe que la URL apunta a un ArcGIS Server, a un portal de ArcGIS Enterprise o a ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="495"/>
        <source>{server} sent an empty answer where ArcGIS data was expected. Try again later; if it keeps happening, tell the server&apos;s administrator: a proxy or web adaptor in front of ArcGIS may be failing.</source>
        <translation>{server} envió una respuesta vacía donde se esperaban datos de ArcGIS. Vuelva a intentarlo más tarde; si sigue ocurriendo, avise al administrador del servidor: puede que falle un proxy o un adaptador web situado delante de ArcGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="503"/>
        <source>The answer from {server} was cut short: the connection closed before all of it arrived. Try again; if it keeps happening, check your network and QGIS&apos;s proxy settings, or tell the server&apos;s administrator.</source>
        <translation>La respuesta de {server} llegó cortada: la conexión se cerró antes de que llegara completa. Vuelva a intentarlo; si sigue ocurriendo, compruebe su red y la configuración de proxy de QGIS, o avise al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="513"/>
        <source>{server} answered with text that is not valid JSON, so not the ArcGIS data the plugin asked for. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online; if it does, the server or a proxy in front of it has a problem: try again later or tell its administrator.</source>
        <translation>{server} respondió con un texto que no es JSON válido, y por tanto no con los datos de ArcGIS que pidió el complemento. Compruebe que la URL apunta a un ArcGIS Server, a un portal de ArcGIS Enterprise o a ArcGIS Online; si es así, el servidor o un proxy situado delante de él tiene un problema: vuelva a intentarlo más tarde o avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="524"/>
        <source>{server} refused the request.</source>
        <translation>{server} rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="528"/>
        <source>{server} rejected the token as invalid or expired (498). The plugin signs in again automatically; if this keeps happening, test the connection.</source>
        <translation>{server} rechazó el token por no válido o caducado (498). El complemento vuelve a iniciar sesión automáticamente; si sigue ocurriendo, pruebe la conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="553"/>
        <source>{server} asked for a token it did not receive (499). Check that the layer uses this connection; for an old server, set the connection&apos;s token transport to the query parameter.</source>
        <translation>{server} pidió un token que no recibió (499). Compruebe que la capa usa esta conexión; para un servidor antiguo, configure el envío del token de la conexión como parámetro de consulta.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="561"/>
        <source>{server} refused access (403): the account may not use this service. Ask the service owner to share it with you.</source>
        <translation>{server} denegó el acceso (403): la cuenta no puede usar este servicio. Pida al propietario del servicio que lo comparta con usted.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="35"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="36"/>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="37"/>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="27"/>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../plugin/core/http.py" line="75"/>
        <source>another host name</source>
        <translation>otro nombre de host</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="110"/>
        <source>the Python package &apos;keyring&apos; is not installed in QGIS&apos;s Python</source>
        <translation>el paquete de Python «keyring» no está instalado en el Python de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="116"/>
        <source>no OS keyring backend is available on this system</source>
        <translation>no hay ningún llavero del sistema operativo disponible en este sistema</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="133"/>
        <source>Your organisation at {server} signs users in through its identity provider (SAML) or with multifactor authentication, which a user name and password cannot do. Change the connection to browser sign-in (OAuth2, with the client ID of an app registered in your organisation), or use an API key or app credentials.</source>
        <translation>Su organización en {server} inicia la sesión de los usuarios a través de su proveedor de identidad (SAML) o con autenticación multifactor, algo que un nombre de usuario y una contraseña no pueden hacer. Cambie la conexión a inicio de sesión en el navegador (OAuth2, con el ID de cliente de una aplicación registrada en su organización) o use una clave de API o credenciales de aplicación.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="153"/>
        <source>{server} is a standalone ArcGIS Server: API keys, app credentials and browser sign-in work only with ArcGIS Online, ArcGIS Enterprise portals and their federated servers. Use a user name and password for it.</source>
        <translation>{server} es un ArcGIS Server independiente: las claves de API, las credenciales de aplicación y el inicio de sesión en el navegador solo funcionan con ArcGIS Online, los portales de ArcGIS Enterprise y sus servidores federados. Use un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="188"/>
        <source>The connection “{connection_name}” signs in through the browser, and no sign-in is stored for it. In QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”; qgis_process and Processing then use that sign-in.</source>
        <translation>La conexión «{connection_name}» inicia sesión a través del navegador y no tiene ningún inicio de sesión guardado. En QGIS Desktop, abra la conexión en las conexiones de ArcGIS Token Auth y haga clic en «Iniciar sesión en el navegador»; qgis_process y Processing usarán después ese inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="200"/>
        <source>The browser sign-in of the connection “{connection_name}” at {server} has expired or was revoked. Sign in again: in QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”.</source>
        <translation>El inicio de sesión en el navegador de la conexión «{connection_name}» en {server} ha caducado o se ha revocado. Vuelva a iniciar sesión: en QGIS Desktop, abra la conexión en las conexiones de ArcGIS Token Auth y haga clic en «Iniciar sesión en el navegador».</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="211"/>
        <source>The browser sign-in of the connection “{connection_name}” at {server} ends on {expires_on} and could not be extended. Sign in again before then: open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”.</source>
        <translation>El inicio de sesión en el navegador de la conexión «{connection_name}» en {server} termina el {expires_on} y no se pudo prolongar. Vuelva a iniciar sesión antes de esa fecha: abra la conexión en las conexiones de ArcGIS Token Auth y haga clic en «Iniciar sesión en el navegador».</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="222"/>
        <source>Signing in to {server} through the browser did not complete. Try again.</source>
        <translation>El inicio de sesión en {server} a través del navegador no se completó. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="246"/>
        <source>The browser sign-in at {server} could not be completed: the answer that reached QGIS did not belong to this sign-in, or the portal refused its authorization code. Sign in again.</source>
        <translation>No se pudo completar el inicio de sesión en el navegador en {server}: la respuesta que llegó a QGIS no correspondía a este inicio de sesión o el portal rechazó su código de autorización. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="263"/>
        <source>No web browser could be opened to sign in to {server}. Sign in from QGIS desktop on a computer with a browser; qgis_process and Processing then use that sign-in.</source>
        <translation>No se pudo abrir ningún navegador web para iniciar sesión en {server}. Inicie sesión desde QGIS Desktop en un equipo con navegador; qgis_process y Processing usarán después ese inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="229"/>
        <source>The sign-in to {server} was not completed in the browser in time, so the plugin stopped waiting. Try again. If the browser showed an error about the redirect URI, the app registered in your organisation must allow http://127.0.0.1 as a redirect URI (see the plugin&apos;s README).</source>
        <translation>El inicio de sesión en {server} no se completó a tiempo en el navegador, así que el complemento dejó de esperar. Vuelva a intentarlo. Si el navegador mostró un error sobre el URI de redirección, la aplicación registrada en su organización debe permitir http://127.0.0.1 como URI de redirección (consulte el README del complemento).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="238"/>
        <source>The sign-in to {server} was cancelled. Sign in again when you are ready.</source>
        <translation>Se canceló el inicio de sesión en {server}. Vuelva a iniciar sesión cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="254"/>
        <source>{server} refused the connection&apos;s client ID for a browser sign-in: no such app is registered there, or its redirect URIs do not allow http://127.0.0.1. Check the client ID and the app&apos;s registration (see the plugin&apos;s README).</source>
        <translation>{server} rechazó el ID de cliente de la conexión para un inicio de sesión en el navegador: no hay ninguna aplicación así registrada allí o sus URI de redirección no permiten http://127.0.0.1. Compruebe el ID de cliente y el registro de la aplicación (consulte el README del complemento).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="120"/>
        <source>the keyring backend {backend} stores secrets unencrypted</source>
        <translation>el motor de llavero {backend} guarda los secretos sin cifrar</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="124"/>
        <source>the keyring backend {backend} is not known to encrypt the secrets it stores</source>
        <translation>no se sabe que el motor de llavero {backend} cifre los secretos que guarda</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="290"/>
        <source>{server} issued a token that may only be sent over HTTPS, but the connection&apos;s URL uses plain HTTP, so no layer would load with it. Change the connection&apos;s URL to start with https://.</source>
        <translation>{server} emitió un token que solo puede enviarse por HTTPS, pero la URL de la conexión usa HTTP sin cifrar, así que ninguna capa se cargaría con él. Cambie la URL de la conexión para que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="308"/>
        <source>{server} says it belongs to the portal {portal}, but the portal does not list it as one of its servers, so the plugin did not send it your portal sign-in. Add a connection of its own for {server}, or ask your ArcGIS administrator to federate it with the portal.</source>
        <translation>{server} dice pertenecer al portal {portal}, pero el portal no lo incluye entre sus servidores, así que el complemento no le envió su sesión del portal. Añada una conexión propia para {server}, o pida a su administrador de ArcGIS que lo federe con el portal.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="543"/>
        <source>{server} rejected the token (498) even after the plugin signed in again and retried, sending it as {transport}. The server may not accept tokens sent that way, or the account may have lost access: test the connection to see how the server reads tokens.</source>
        <translation>{server} rechazó el token (498) incluso después de que el complemento volviera a iniciar sesión y lo reintentara, enviándolo como {transport}. Puede que el servidor no acepte tokens enviados así, o que la cuenta haya perdido el acceso: pruebe la conexión para ver cómo lee los tokens el servidor.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="536"/>
        <source>{server} could not do what was asked: {reason}. Check the layer, the fields and the filter.</source>
        <translation>{server} no pudo hacer lo que se le pidió: {reason}. Compruebe la capa, los campos y el filtro.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="94"/>
        <source>“{url}” is not the address of an ArcGIS service or layer. Paste one that ends in …/rest/services/&lt;name&gt;/FeatureServer or …/MapServer, with or without a layer id.</source>
        <translation>«{url}» no es la dirección de un servicio o capa de ArcGIS. Pegue una que termine en …/rest/services/&lt;nombre&gt;/FeatureServer o …/MapServer, con o sin id de capa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="103"/>
        <source>{server} has no services directory (its rest/services answers 404), so there is no list to browse. Paste the address of a service or layer to list its layers.</source>
        <translation>{server} no tiene directorio de servicios (su rest/services responde 404), así que no hay lista que explorar. Pegue la dirección de un servicio o capa para listar sus capas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="38"/>
        <source>browser sign-in</source>
        <translation>inicio de sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="23"/>
        <source>The ArcGIS Token Auth plugin is not loaded: enable it in the Plugin Manager.</source>
        <translation>El complemento ArcGIS Token Auth no está cargado: actívelo en el administrador de complementos.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="29"/>
        <source>No ArcGIS Token Auth connection covers {url}: add one with api.add_connection().</source>
        <translation>Ninguna conexión de ArcGIS Token Auth cubre {url}: añada una con api.add_connection().</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="61"/>
        <source>{connection_name}: the credentials were not kept: {reason}</source>
        <translation>{connection_name}: las credenciales no se guardaron: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="77"/>
        <source>The connection “{connection_name}” needs its credentials again.</source>
        <translation>La conexión «{connection_name}» necesita de nuevo sus credenciales.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="106"/>
        <source>the OS keyring cannot be opened ({kind})</source>
        <translation>no se puede abrir el llavero del sistema ({kind})</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="445"/>
        <source>{server} takes token requests only as POST and refused this one as another method (HTTP 405). A proxy or web adaptor in front of it may turn POST requests into GET requests, for example when it redirects them: use the address the server itself answers at in the connection&apos;s URL, or tell its administrator.</source>
        <translation>{server} solo acepta solicitudes de token por POST y rechazó esta, enviada con otro método (HTTP 405). Puede que un proxy o un adaptador web situado delante de él convierta las solicitudes POST en GET, por ejemplo al redirigirlas: use en la URL de la conexión la dirección en la que responde el propio servidor, o avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="51"/>
        <source>QGIS's authentication database did not accept the connection. Unlock it with the master password (Settings → Options → Authentication) and try again.</source>
        <translation>La base de datos de autenticación de QGIS no aceptó la conexión. Desbloquéela con la contraseña maestra (Configuración → Opciones → Autenticación) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="653"/>
        <source>QGIS&apos;s authentication database is locked: in QGIS desktop enter the master password when asked; for qgis_process set QGIS_AUTH_PASSWORD_FILE to a file holding the master password.</source>
        <translation>La base de datos de autenticación de QGIS está bloqueada: en QGIS Desktop introduzca la contraseña maestra cuando se le pida; para qgis_process, haga que QGIS_AUTH_PASSWORD_FILE apunte a un archivo que contenga la contraseña maestra.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="658"/>
        <source>Its authentication configuration was edited in QGIS&apos;s Authentication settings, which keep only the token: enter the credentials again in the ArcGIS Token Auth connections dialog.</source>
        <translation>Su configuración de autenticación se editó en la configuración de autenticación de QGIS, que solo conserva el token: vuelva a introducir las credenciales en el diálogo de conexiones de ArcGIS Token Auth.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="663"/>
        <source>Its authentication configuration was deleted in QGIS&apos;s Authentication settings: enter the credentials again in the ArcGIS Token Auth connections dialog (layers keep working with the same id).</source>
        <translation>Su configuración de autenticación se eliminó en la configuración de autenticación de QGIS: vuelva a introducir las credenciales en el diálogo de conexiones de ArcGIS Token Auth (las capas siguen funcionando con el mismo id).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="67"/>
        <source>The connection “{connection_name}” needs its secret to be saved: a new connection, or one whose secret moves between QGIS's authentication database and the OS keyring, has none stored there yet.</source>
        <translation>La conexión «{connection_name}» necesita su secreto para guardarse: una conexión nueva, o una cuyo secreto pasa entre la base de datos de autenticación de QGIS y el llavero del sistema, aún no tiene ninguno guardado allí.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="41"/>
        <source>QGIS could not load {url}. Check the URL, and the connection's state in the ArcGIS Token Auth connections dialog; details are in the log under “ArcGIS Token Auth”.</source>
        <translation>QGIS no pudo cargar {url}. Compruebe la URL y el estado de la conexión en el diálogo de conexiones de ArcGIS Token Auth; los detalles están en el registro, en «ArcGIS Token Auth».</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="83"/>
        <source>{server} refused to save the edits to {layer}: {reason}. Nothing was sent: the edits are still in QGIS, unsaved, and QGIS reports the save as failed.</source>
        <translation>{server} rechazó guardar las ediciones de {layer}: {reason}. No se envió nada: las ediciones siguen en QGIS, sin guardar, y QGIS indica que el guardado falló.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="93"/>
        <source>{server} refused edits to {layer}: {reason}. QGIS may show them as saved, but they were not: reload the layer to see what the server holds, and make them again.</source>
        <translation>{server} rechazó ediciones de {layer}: {reason}. QGIS puede mostrarlas como guardadas, pero no lo están: vuelva a cargar la capa para ver lo que tiene el servidor y repítalas.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="132"/>
        <source>“{connection}” signs in to a standalone ArcGIS Server, which has no items, groups or web maps: they are in an ArcGIS Enterprise portal or ArcGIS Online. Add a connection to the portal.</source>
        <translation>«{connection}» inicia sesión en un ArcGIS Server independiente, que no tiene elementos, grupos ni mapas web: estos están en un portal de ArcGIS Enterprise o en ArcGIS Online. Añada una conexión al portal.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="140"/>
        <source>The item “{title}” is a {item_type}, not a Web Map: add its layers instead.</source>
        <translation>El elemento «{title}» es de tipo {item_type}, no un mapa web: añada sus capas en su lugar.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="146"/>
        <source>The item “{title}” is a {item_type}: only Feature, Map, Vector Tile and Image Service items add layers, and a Web Map opens as a group of layers.</source>
        <translation>El elemento «{title}» es de tipo {item_type}: solo los elementos de servicio de entidades, de mapas, de teselas vectoriales y de imágenes añaden capas, y un mapa web se abre como un grupo de capas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="39"/>
        <source>web-tier password</source>
        <translation>contraseña del nivel web</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="353"/>
        <source>{server} closed the secure connection during the handshake, before ArcGIS was reached. Sites that sign users in with certificates (PKI, smart cards) do this to a client without one: choose your client certificate in the connection&apos;s web tier. Otherwise check the URL&apos;s scheme and port.</source>
        <translation>{server} cerró la conexión segura durante la negociación, antes de llegar a ArcGIS. Los sitios que inician la sesión de los usuarios con certificados (PKI, tarjetas inteligentes) hacen esto con un cliente que no presenta ninguno: elija su certificado de cliente en el nivel web de la conexión. Si no, compruebe el esquema y el puerto de la URL.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="363"/>
        <source>{server} refused the client certificate of the connection in the secure handshake, before ArcGIS was reached: it may have expired or been revoked, or come from an authority the site does not trust. Choose another certificate, or ask your administrator which ones the site accepts.</source>
        <translation>{server} rechazó el certificado de cliente de la conexión en la negociación segura, antes de llegar a ArcGIS: puede que haya caducado o se haya revocado, o que proceda de una autoridad en la que el sitio no confía. Elija otro certificado o pregunte a su administrador cuáles acepta el sitio.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="373"/>
        <source>The web server in front of ArcGIS at {server} asks for a sign-in of its own ({scheme}) before ArcGIS is reached. Set the connection&apos;s web tier to Basic or Windows, with your user name and password.</source>
        <translation>El servidor web situado delante de ArcGIS en {server} pide su propio inicio de sesión ({scheme}) antes de llegar a ArcGIS. Configure el nivel web de la conexión como Basic o Windows, con su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="383"/>
        <source>The web server in front of ArcGIS at {server} refused the user name or password ({scheme}), before ArcGIS was reached. Check them (a Windows user name may need its domain in front, and a backslash between them) and enter them again.</source>
        <translation>El servidor web situado delante de ArcGIS en {server} rechazó el nombre de usuario o la contraseña ({scheme}), antes de llegar a ArcGIS. Compruébelos (puede que un nombre de usuario de Windows necesite delante su dominio, con una barra invertida entre ambos) e introdúzcalos de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="393"/>
        <source>The web-tier sign-in of the connection “{connection_name}” cannot be used ({reason}). Check the connection's web tier in its settings.</source>
        <translation>No se puede usar el inicio de sesión en el nivel web de la conexión «{connection_name}» ({reason}). Compruebe el nivel web en la configuración de la conexión.</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthAlgorithms</name>
    <message>
        <location filename="../plugin/processing/base.py" line="32"/>
        <source>The plugin connection to sign in with. In qgis_process give its name or its id; models keep the id, which stays the same when the connection is renamed. Empty: the connection that covers the URL.</source>
        <translation>La conexión del complemento con la que iniciar sesión. En qgis_process indique su nombre o su id; los modelos guardan el id, que no cambia cuando se renombra la conexión. Vacío: la conexión que cubre la URL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="32"/>
        <source>Test ArcGIS connection</source>
        <translation>Probar una conexión ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="33"/>
        <source>Signs in the way the plugin does and reports the server&apos;s kind (standalone ArcGIS Server, federated server, ArcGIS Enterprise portal or ArcGIS Online), its version, the token endpoint, how layers and Processing send tokens (a header, the POST body or the query parameter) and when a new token expires. When signing in fails, the algorithm fails with the reason: wrong password, unreachable server, untrusted certificate, locked authentication database...

Test a connection, or a URL with a user name and password before saving them as a connection. No token is shown.</source>
        <translation>Inicia sesión como lo hace el complemento e indica el tipo de servidor (ArcGIS Server independiente, servidor federado, portal de ArcGIS Enterprise o ArcGIS Online), su versión, el punto de acceso de tokens, cómo envían los tokens las capas y Procesos (un encabezado, el cuerpo de la petición POST o el parámetro de consulta) y cuándo caduca un token nuevo. Si el inicio de sesión falla, el algoritmo falla con el motivo: contraseña incorrecta, servidor inaccesible, certificado que no es de confianza, base de datos de autenticación bloqueada...

Pruebe una conexión, o una URL con un nombre de usuario y una contraseña antes de guardarlos como conexión. No se muestra ningún token.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="45"/>
        <source>Without a connection: the server, portal or service to test (with the user name and password), or a URL whose connection is tested.</source>
        <translation>Sin conexión: el servidor, portal o servicio que se va a probar (con el nombre de usuario y la contraseña), o una URL cuya conexión se prueba.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="54"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="55"/>
        <source>Server or portal</source>
        <translation>Servidor o portal</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="56"/>
        <source>Kind (standalone, federated, portal, online)</source>
        <translation>Tipo (standalone, federated, portal, online)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="59"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="60"/>
        <source>Token endpoint</source>
        <translation>Punto de acceso de tokens</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="61"/>
        <source>Portal that issues the tokens (empty: the server itself)</source>
        <translation>Portal que emite los tokens (vacío: el propio servidor)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="64"/>
        <source>Token transport of layers (x-esri, bearer, authorization, param)</source>
        <translation>Transporte del token de las capas (x-esri, bearer, authorization, param)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="67"/>
        <source>Token transport of Processing&apos;s requests (x-esri, bearer, authorization, body, param)</source>
        <translation>Transporte del token de las solicitudes de Procesos (x-esri, bearer, authorization, body, param)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="71"/>
        <source>A new token expires (UTC, ISO 8601; empty: never)</source>
        <translation>Caducidad de un token nuevo (UTC, ISO 8601; vacío: nunca)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="90"/>
        <source>Signed in to {server} ({kind}); the token is valid until {expires}.</source>
        <translation>Sesión iniciada en {server} ({kind}); el token es válido hasta {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="94"/>
        <source>Signed in to {server} ({kind}); the token does not expire.</source>
        <translation>Sesión iniciada en {server} ({kind}); el token no caduca.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="112"/>
        <source>{output}: {value}</source>
        <translation>{output}: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="74"/>
        <source>Download secured features</source>
        <translation>Descargar entidades protegidas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="75"/>
        <source>Copies the features of a token-secured ArcGIS feature layer into a file (GeoPackage unless you choose another format), signed in through a plugin connection.

Give the layer (the output of Load secured ArcGIS layer, or an ArcGIS feature layer of the project) or its URL (…/FeatureServer/0). The server selects the features: an ArcGIS SQL where clause such as category = 'A' AND value &gt; 10, and/or an extent. Layers larger than the server's maxRecordCount are read in batches. Empty field selection: every field; the object id field is always kept.</source>
        <translation>Copia las entidades de una capa de entidades de ArcGIS protegida por token en un archivo (GeoPackage, salvo que elija otro formato), con la sesión iniciada mediante una conexión del complemento.

Indique la capa (la salida de Cargar capa ArcGIS protegida, o una capa de entidades de ArcGIS del proyecto) o su URL (…/FeatureServer/0). El servidor selecciona las entidades: una cláusula where de SQL de ArcGIS como category = 'A' AND value &gt; 10, y/o una extensión. Las capas con más entidades que el maxRecordCount del servidor se leen por lotes. Selección de campos vacía: todos los campos; el campo de id de objeto se conserva siempre.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="86"/>
        <source>Secured feature layer</source>
        <translation>Capa de entidades protegida</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="89"/>
        <source>An ArcGIS feature layer (arcgisfeatureserver), e.g. from Load secured ArcGIS layer.</source>
        <translation>Una capa de entidades de ArcGIS (arcgisfeatureserver), por ejemplo de Cargar capa ArcGIS protegida.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="96"/>
        <source>…or the layer's URL</source>
        <translation>…o la URL de la capa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="99"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt;, instead of a layer.</source>
        <translation>…/rest/services/&lt;nombre&gt;/FeatureServer/&lt;id de capa&gt;, en lugar de una capa.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="30"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="109"/>
        <source>Where clause (ArcGIS SQL)</source>
        <translation>Cláusula where (SQL de ArcGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="112"/>
        <source>Evaluated by the server. Empty: every feature.</source>
        <translation>La evalúa el servidor. Vacía: todas las entidades.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="116"/>
        <source>Only features intersecting this extent</source>
        <translation>Solo las entidades que intersecan esta extensión</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="122"/>
        <source>Fields to keep</source>
        <translation>Campos que conservar</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="130"/>
        <source>Downloaded features</source>
        <translation>Entidades descargadas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="170"/>
        <source>Number of features downloaded</source>
        <translation>Número de entidades descargadas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="235"/>
        <source>Writing the features failed: {reason}</source>
        <translation>No se pudieron escribir las entidades: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="334"/>
        <source>Give either a layer or a URL, not both.</source>
        <translation>Indique una capa o una URL, no ambas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="339"/>
        <source>Choose a secured ArcGIS feature layer, or give its URL.</source>
        <translation>Elija una capa de entidades de ArcGIS protegida o indique su URL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="346"/>
        <source>“{layer}” is not an ArcGIS feature layer: this algorithm downloads from ArcGIS feature services. To copy other layers, use Save vector features to file.</source>
        <translation>«{layer}» no es una capa de entidades de ArcGIS: este algoritmo descarga de servicios de entidades de ArcGIS. Para copiar otras capas, use Guardar objetos vectoriales en archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="69"/>
        <source>{url} is not an ArcGIS feature layer: give a layer's URL, such as …/FeatureServer/0.</source>
        <translation>{url} no es una capa de entidades de ArcGIS: indique la URL de una capa, como …/FeatureServer/0.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="81"/>
        <source>The layer {url} has no object id field; the plugin cannot page through it.</source>
        <translation>La capa {url} no tiene campo de id de objeto; el complemento no puede recorrerla por páginas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="127"/>
        <source>The layer has no field {unknown}. Its fields: {known}.</source>
        <translation>La capa no tiene ningún campo {unknown}. Sus campos: {known}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="167"/>
        <source>{server} did not list the matching features&apos; ids.</source>
        <translation>{server} no enumeró los id de las entidades que coinciden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="205"/>
        <source>{server} answered a query without features.</source>
        <translation>{server} respondió a una consulta sin entidades.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="31"/>
        <source>Get ArcGIS token</source>
        <translation>Obtener un token de ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="32"/>
        <source>Signs in and returns a token, for scripts and jobs that call ArcGIS REST services themselves.

With a connection, the token is the one the plugin sends for that server: the same as layers get, renewed while QGIS runs. With a URL, a user name and a password, it signs in once with those (the token lives for the chosen number of minutes).

The TOKEN output is a secret: anyone holding it acts as you until EXPIRES (UTC; empty: never). Send it in the X-Esri-Authorization header, not in URLs, with the Referer given by REFERER if that is not empty.

The algorithm never writes the token to its log, but QGIS shows results: the algorithm dialog prints them and, from QGIS 3.24 on, keeps them in the Processing history; processing.run prints them to the feedback it is given (pass QgsProcessingFeedback(False) to keep them out of the message log). Where the token must not be kept, run the algorithm from Python or qgis_process.</source>
        <translation>Inicia sesión y devuelve un token, para scripts y tareas que llaman ellos mismos a servicios REST de ArcGIS.

Con una conexión, el token es el que el complemento envía a ese servidor: el mismo que reciben las capas, renovado mientras QGIS se ejecuta. Con una URL, un nombre de usuario y una contraseña, inicia sesión una vez con ellos (el token dura el número de minutos elegido).

La salida TOKEN es un secreto: quien la tenga actúa en su nombre hasta EXPIRES (UTC; vacío: nunca). Envíela en el encabezado X-Esri-Authorization, no en URL, con el Referer que indique REFERER si no está vacío.

El algoritmo nunca escribe el token en su registro, pero QGIS muestra los resultados: el diálogo del algoritmo los imprime y, desde QGIS 3.24, los guarda en el historial de Procesos; processing.run los imprime en el feedback que recibe (pase QgsProcessingFeedback(False) para mantenerlos fuera del registro de mensajes). Donde el token no deba guardarse, ejecute el algoritmo desde Python o con qgis_process.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="51"/>
        <source>With a connection: the server, service or layer the token is for, when it is not the connection&apos;s own server (a server federated with its portal). Without one: where to sign in.</source>
        <translation>Con una conexión: el servidor, servicio o capa para el que es el token, cuando no es el propio servidor de la conexión (un servidor federado con su portal). Sin conexión: dónde iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="59"/>
        <source>Token lifetime in minutes (without a connection)</source>
        <translation>Duración del token en minutos (sin conexión)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="65"/>
        <source>Servers may cap it. A connection&apos;s tokens live as long as the connection says.</source>
        <translation>Los servidores pueden limitarla. Los tokens de una conexión duran lo que indica la conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="73"/>
        <source>Token (secret: treat it like a password)</source>
        <translation>Token (secreto: trátelo como una contraseña)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="74"/>
        <source>Expires (UTC, ISO 8601; empty: never)</source>
        <translation>Caduca (UTC, ISO 8601; vacío: nunca)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="75"/>
        <source>Server the token is for</source>
        <translation>Servidor para el que es el token</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="76"/>
        <source>Referer to send with the token (empty: none)</source>
        <translation>Referente que enviar con el token (vacío: ninguno)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="96"/>
        <source>Signed in to {server}; the token expires {expires}.</source>
        <translation>Sesión iniciada en {server}; el token caduca el {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="100"/>
        <source>Signed in to {server}; the token does not expire.</source>
        <translation>Sesión iniciada en {server}; el token no caduca.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="56"/>
        <source>{url} is not an ArcGIS service URL: give a …/FeatureServer/&lt;layer&gt; or …/MapServer URL.</source>
        <translation>{url} no es la URL de un servicio de ArcGIS: indique una URL …/FeatureServer/&lt;capa&gt; o …/MapServer.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="65"/>
        <source>{url} is not a service or layer URL: it should end in …/{kind}[/&lt;id&gt;].</source>
        <translation>{url} no es la URL de un servicio o capa: debería terminar en …/{kind}[/&lt;id&gt;].</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="77"/>
        <source>Load secured ArcGIS layer</source>
        <translation>Cargar capa ArcGIS protegida</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="78"/>
        <source>Makes a QGIS layer of a token-secured ArcGIS service, signed in through a plugin connection.

URL: a feature layer (…/FeatureServer/0) gives a vector layer; a map service (…/MapServer) gives the image of its first layer, and …/MapServer/2 the image of layer 2. A …/FeatureServer URL without a layer id works when the service has a single layer.

The layer keeps only the connection's id (authcfg), never a token or password; the plugin keeps its token fresh. In a model, feed the output to Download secured features.</source>
        <translation>Crea una capa de QGIS a partir de un servicio de ArcGIS protegido por token, con la sesión iniciada mediante una conexión del complemento.

URL: una capa de entidades (…/FeatureServer/0) da una capa vectorial; un servicio de mapas (…/MapServer) da la imagen de su primera capa, y …/MapServer/2 la imagen de la capa 2. Una URL …/FeatureServer sin id de capa funciona cuando el servicio tiene una sola capa.

La capa solo guarda el id de la conexión (authcfg), nunca un token ni una contraseña; el complemento mantiene su token vigente. En un modelo, pase la salida a Descargar entidades protegidas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="89"/>
        <source>Service or layer URL</source>
        <translation>URL del servicio o de la capa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="92"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt; or …/rest/services/&lt;name&gt;/MapServer</source>
        <translation>…/rest/services/&lt;nombre&gt;/FeatureServer/&lt;id de capa&gt; o …/rest/services/&lt;nombre&gt;/MapServer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="103"/>
        <source>Layer name</source>
        <translation>Nombre de la capa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="106"/>
        <source>Empty: the service&apos;s name.</source>
        <translation>Vacío: el nombre del servicio.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="108"/>
        <source>Secured layer</source>
        <translation>Capa protegida</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="121"/>
        <source>Signing in with the connection “{connection}”…</source>
        <translation>Iniciando sesión con la conexión «{connection}»…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="133"/>
        <source>QGIS could not open {url} through the connection “{connection}”, which signed in; the message log has QGIS's details.</source>
        <translation>QGIS no pudo abrir {url} mediante la conexión «{connection}», que sí inició sesión; el registro de mensajes contiene los detalles de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="143"/>
        <source>Loaded {url} through the connection “{connection}”.</source>
        <translation>{url} cargada mediante la conexión «{connection}».</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="157"/>
        <source>The service has several layers or none ({layers}): add the layer id to the URL.</source>
        <translation>El servicio tiene varias capas o ninguna ({layers}): añada el id de la capa a la URL.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="157"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="31"/>
        <source>ArcGIS Token Auth</source>
        <translation>ArcGIS Token Auth</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="34"/>
        <source>Server, service or layer URL</source>
        <translation>URL del servidor, servicio o capa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="39"/>
        <source>User name (without a connection)</source>
        <translation>Nombre de usuario (sin conexión)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="44"/>
        <source>Sign in with this user name and the password below instead of a connection.</source>
        <translation>Iniciar sesión con este nombre de usuario y la contraseña de abajo en lugar de con una conexión.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="51"/>
        <source>Password (without a connection)</source>
        <translation>Contraseña (sin conexión)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="56"/>
        <source>QGIS shows and stores it as &lt;hidden&gt; (log, history, copied commands). Prefer a connection: its password stays encrypted in QGIS&apos;s authentication database.</source>
        <translation>QGIS la muestra y la guarda como &lt;hidden&gt; (registro, historial, comandos copiados). Es preferible una conexión: su contraseña permanece cifrada en la base de datos de autenticación de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="81"/>
        <source>The password is never kept in QGIS&apos;s Processing history or in copied commands: enter it again.</source>
        <translation>La contraseña nunca se guarda en el historial de Procesos de QGIS ni en los comandos copiados: introdúzcala de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="89"/>
        <source>Give either a connection, or a user name and password, not both.</source>
        <translation>Indique una conexión o un nombre de usuario y una contraseña, no ambos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="98"/>
        <source>Signing in without a connection needs the URL, the user name and the password.</source>
        <translation>Para iniciar sesión sin conexión hacen falta la URL, el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="106"/>
        <source>Choose a connection, or give a URL. {connections}</source>
        <translation>Elija una conexión o indique una URL. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="135"/>
        <source>Format of the server&apos;s answers</source>
        <translation>Formato de las respuestas del servidor</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="135"/>
        <source>Automatic: PBF where the layer offers it</source>
        <translation>Automático: PBF donde la capa lo ofrece</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="152"/>
        <source>Pages requested at once</source>
        <translation>Páginas solicitadas a la vez</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="160"/>
        <source>At most this many pages of features on their way at once (1: one after the other). Fewer are asked for while the server answers errors or slows down.</source>
        <translation>Como máximo este número de páginas de entidades en camino a la vez (1: una tras otra). Se piden menos mientras el servidor responde con errores o se ralentiza.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="202"/>
        <source>Continuing the interrupted download into {output}: {done} of {count} features are there.</source>
        <translation>Se continúa la descarga interrumpida en {output}: ya hay {done} de {count} entidades.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="211"/>
        <source>{count} features of “{layer}” match; downloading up to {batch} at a time, {pages} pages at once, in {format}.</source>
        <translation>Coinciden {count} entidades de «{layer}»; se descargan hasta {batch} a la vez, {pages} páginas a la vez, en {format}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="252"/>
        <source>Cancelled: {count} features were written. {resume}</source>
        <translation>Cancelado: se escribieron {count} entidades. {resume}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="259"/>
        <source>{count} features downloaded ({rate} features per second).</source>
        <translation>{count} entidades descargadas ({rate} entidades por segundo).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="274"/>
        <source>{output} holds an interrupted download of something else (its {what} differ): choose another output, or delete it to start over.</source>
        <translation>{output} contiene la descarga interrumpida de otra cosa (difieren: {what}): elija otra salida, o bórrela para empezar de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="302"/>
        <source>PBF cannot be read here ({reason}): downloading in JSON.</source>
        <translation>PBF no se puede leer aquí ({reason}): se descarga en JSON.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="62"/>
        <source>Run the download again with the same output to continue where it stopped.</source>
        <translation>Vuelva a ejecutar la descarga con la misma salida para continuar donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="400"/>
        <source>{written} of {total} features, {rate} features per second</source>
        <translation>{written} de {total} entidades, {rate} entidades por segundo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/resume.py" line="97"/>
        <source>{output} holds an interrupted download that cannot be continued (it has no {field} field): delete it, or choose another output.</source>
        <translation>{output} contiene una descarga interrumpida que no se puede continuar (no tiene el campo {field}): bórrela o elija otra salida.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="145"/>
        <source>PBF (protocol buffers, ArcGIS Server 10.7 and later, ArcGIS Online) answers are under half the size of JSON&apos;s; coordinates come quantised by the server. A server that refuses PBF gets JSON.</source>
        <translation>Las respuestas PBF (protocol buffers, ArcGIS Server 10.7 y posteriores, ArcGIS Online) ocupan menos de la mitad que las JSON; el servidor cuantiza las coordenadas. A un servidor que rechaza PBF se le pide JSON.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="41"/>
        <source>The plugin connection to the portal or ArcGIS Online organisation that holds the web map. In qgis_process give its name or its id.</source>
        <translation>La conexión del complemento al portal o a la organización de ArcGIS Online que contiene el mapa web. En qgis_process indique su nombre o su id.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="56"/>
        <source>Load ArcGIS Web Map</source>
        <translation>Cargar mapa web de ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="57"/>
        <source>Opens a Web Map of an ArcGIS Enterprise portal or ArcGIS Online as a group of QGIS layers: its layers in its order and groups, with their titles, visibility, opacity, scale ranges and definition expressions, and its basemap.

Web Map item: the item's id, or the address of its item page (…/home/item.html?id=…).

Project file: empty adds the group to the current project; a .qgz or .qgs path saves a project holding only the web map (what qgis_process needs).

Layers that QGIS cannot show as the web map does are listed in the log and in the “Not represented” output. Secured layers keep only the connection's id (authcfg).</source>
        <translation>Abre un mapa web de un portal de ArcGIS Enterprise o de ArcGIS Online como un grupo de capas de QGIS: sus capas en su orden y sus grupos, con sus títulos, visibilidad, opacidad, rangos de escala y consultas de definición, y su mapa base.

Elemento de mapa web: el id del elemento o la dirección de su página de elemento (…/home/item.html?id=…).

Archivo de proyecto: vacío añade el grupo al proyecto actual; una ruta .qgz o .qgs guarda un proyecto que solo contiene el mapa web (lo que necesita qgis_process).

Las capas que QGIS no puede mostrar como lo hace el mapa web se enumeran en el registro y en la salida «Capas no representadas». Las capas protegidas solo guardan el id de la conexión (authcfg).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="76"/>
        <source>Web Map item</source>
        <translation>Elemento de mapa web</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="79"/>
        <source>The item id (32 characters), or its item page&apos;s address.</source>
        <translation>El id del elemento (32 caracteres) o la dirección de su página de elemento.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="85"/>
        <source>Project file</source>
        <translation>Archivo de proyecto</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="85"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>Proyectos de QGIS (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="94"/>
        <source>Web map layers</source>
        <translation>Capas del mapa web</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="99"/>
        <source>Not represented</source>
        <translation>Capas no representadas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="113"/>
        <source>“{item}” is not a Web Map item: give its id (32 characters) or its item page's address.</source>
        <translation>«{item}» no es un elemento de mapa web: indique su id (32 caracteres) o la dirección de su página de elemento.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="121"/>
        <source>Choose the connection to the portal that holds the web map. {connections}</source>
        <translation>Elija la conexión al portal que contiene el mapa web. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="133"/>
        <source>Opening the web map “{title}”…</source>
        <translation>Abriendo el mapa web «{title}»…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="150"/>
        <source>QGIS could not write the project {path}: {error}</source>
        <translation>QGIS no pudo escribir el proyecto {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="160"/>
        <source>Opened the web map “{title}”: {count} layers.</source>
        <translation>Mapa web «{title}» abierto: {count} capas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="211"/>
        <source>{server} answered a query without the object id field {field}.</source>
        <translation>{server} respondió a una consulta sin el campo de identificador de objeto {field}.</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthPki</name>
    <message>
        <location filename="../plugin/integration/pki.py" line="47"/>
        <source>QGIS&apos;s authentication database has no configuration {id}</source>
        <translation>la base de datos de autenticación de QGIS no tiene la configuración {id}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="57"/>
        <source>the identity of configuration {id} is gone</source>
        <translation>la identidad de la configuración {id} ya no existe</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="69"/>
        <source>configuration {id} is not a client certificate</source>
        <translation>la configuración {id} no es un certificado de cliente</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="83"/>
        <source>the certificate or key of configuration {id} could not be read (its passphrase?)</source>
        <translation>no se pudo leer el certificado o la clave de la configuración {id} (¿su frase de contraseña?)</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="92"/>
        <source>the certificate of configuration {id} expired on {date}</source>
        <translation>el certificado de la configuración {id} caducó el {date}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="501"/>
        <source>QGIS&apos;s master password is needed</source>
        <translation>se necesita la contraseña maestra de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="74"/>
        <source>the key of configuration {id} is protected by a passphrase that is not stored with it: store it in the configuration (Settings &gt; Options &gt; Authentication), or enter it when QGIS desktop asks for it</source>
        <translation>la clave de la configuración {id} está protegida por una frase de contraseña que no está guardada con ella: guárdela en la configuración (Configuración &gt; Opciones &gt; Autenticación) o introdúzcala cuando QGIS de escritorio la pida</translation>
    </message>
</context>
<context>
    <name>ArcGISWebMap</name>
    <message>
        <location filename="../plugin/core/webmap.py" line="51"/>
        <source>features stored in the web map</source>
        <translation>entidades almacenadas en el mapa web</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="52"/>
        <source>no URL</source>
        <translation>sin URL</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="53"/>
        <source>not a web address</source>
        <translation>no es una dirección web</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="54"/>
        <source>no layer type</source>
        <translation>sin tipo de capa</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="55"/>
        <source>a layer type the plugin does not open</source>
        <translation>un tipo de capa que el complemento no abre</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="56"/>
        <source>groups nested too deeply</source>
        <translation>grupos anidados a demasiada profundidad</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="57"/>
        <source>a vector tile style without its service&apos;s address</source>
        <translation>un estilo de teselas vectoriales sin la dirección de su servicio</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="58"/>
        <source>a tile address without level, column and row</source>
        <translation>una dirección de teselas sin nivel, columna ni fila</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="59"/>
        <source>a tile address without its sub-domains</source>
        <translation>una dirección de teselas sin sus subdominios</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="60"/>
        <source>tiles in another tiling scheme than Web Mercator&apos;s</source>
        <translation>teselas en un esquema de teselas distinto del de Web Mercator</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="61"/>
        <source>a Bing Maps basemap</source>
        <translation>un mapa base de Bing Maps</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="63"/>
        <source>a CSV file</source>
        <translation>un archivo CSV</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="64"/>
        <source>a KML file</source>
        <translation>un archivo KML</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="65"/>
        <source>a GeoJSON file</source>
        <translation>un archivo GeoJSON</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="66"/>
        <source>a GeoRSS feed</source>
        <translation>una fuente GeoRSS</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="67"/>
        <source>a WMS service</source>
        <translation>un servicio WMS</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="68"/>
        <source>a WFS service</source>
        <translation>un servicio WFS</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="69"/>
        <source>an OGC API - Features collection</source>
        <translation>una colección de OGC API - Features</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="70"/>
        <source>a stream service</source>
        <translation>un servicio de transmisión</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="71"/>
        <source>an image service drawn as vectors</source>
        <translation>un servicio de imágenes dibujado como vectores</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="72"/>
        <source>a layer drawn by subtype</source>
        <translation>una capa dibujada por subtipo</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="42"/>
        <source>QGIS could not open it</source>
        <translation>QGIS no pudo abrirla</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="43"/>
        <source>shown unfiltered: QGIS could not apply its definition expression</source>
        <translation>se muestra sin filtrar: QGIS no pudo aplicar su consulta de definición</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="90"/>
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="66"/>
        <source>{layer}: {reason}</source>
        <translation>{layer}: {reason}</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="338"/>
        <source>This address only receives the answer of a sign-in.</source>
        <translation>Esta dirección solo recibe la respuesta de un inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="282"/>
        <source>Nothing to do here</source>
        <translation>Nada que hacer aquí</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="283"/>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="293"/>
        <source>This sign-in has already ended. Return to QGIS.</source>
        <translation>Este inicio de sesión ya ha terminado. Vuelva a QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="294"/>
        <source>Sign-in already handled</source>
        <translation>Inicio de sesión ya procesado</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="303"/>
        <source>Signed in as {name}. You can close this tab and return to QGIS.</source>
        <translation>Sesión iniciada como {name}. Puede cerrar esta pestaña y volver a QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="306"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="332"/>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="332"/>
        <source>Open this page at the address the sign-in redirected to.</source>
        <translation>Abra esta página en la dirección a la que redirigió el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="338"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Geometry</source>
        <translation>Geometría</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="180"/>
        <source>Editable on the server, but not in this QGIS: editing needs QGIS 3.28 or later.</source>
        <translation>Editable en el servidor, pero no en este QGIS: la edición requiere QGIS 3.28 o posterior.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="97"/>
        <source>New ArcGIS Connection</source>
        <translation>Nueva conexión ArcGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="168"/>
        <source>The OS keyring cannot be used: {reason}.</source>
        <translation>No se puede usar el llavero del sistema operativo: {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="124"/>
        <source>Both keep the secret encrypted; neither puts it in a project file.</source>
        <translation>Ambos guardan el secreto cifrado; ninguno lo escribe en un archivo de proyecto.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="177"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="304"/>
        <source>Unchanged: type only to replace the stored one</source>
        <translation>Sin cambios: escriba solo para sustituir el guardado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="352"/>
        <source>Check the URL</source>
        <translation>Compruebe la URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="443"/>
        <source>Incomplete connection</source>
        <translation>Conexión incompleta</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="362"/>
        <source>Enter the referer, or bind the tokens to this computer&apos;s IP address.</source>
        <translation>Introduzca el referente o vincule los tokens a la dirección IP de este equipo.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="463"/>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="463"/>
        <source>The OS keyring did not accept the secret ({error}).</source>
        <translation>El llavero del sistema operativo no aceptó el secreto ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="546"/>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="547"/>
        <source>Testing the ArcGIS connection “{connection}”</source>
        <translation>Probando la conexión ArcGIS «{connection}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="563"/>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="611"/>
        <source>Test failed</source>
        <translation>La prueba falló</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="581"/>
        <source>The reason and what to do are under “Test”.</source>
        <translation>El motivo y qué hacer aparecen en «Prueba».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="590"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="593"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="595"/>
        <source>{moment} (in {time_left})</source>
        <translation>{moment} (dentro de {time_left})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="601"/>
        <source>Signed in to {server}.</source>
        <translation>Sesión iniciada en {server}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="600"/>
        <source>Test passed: signed in to {server}.</source>
        <translation>Prueba superada: sesión iniciada en {server}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="608"/>
        <source>The test stopped on an internal error ({error}); the message log has the details.</source>
        <translation>La prueba se detuvo por un error interno ({error}); el registro de mensajes contiene los detalles.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="14"/>
        <source>ArcGIS Connection</source>
        <translation>Conexión ArcGIS</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="499"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="71"/>
        <source>e.g. City GIS</source>
        <translation>p. ej., SIG municipal</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="78"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="95"/>
        <source>The address of any service, folder or server, of an ArcGIS Enterprise portal or of an ArcGIS Online organisation.</source>
        <translation>La dirección de cualquier servicio, carpeta o servidor, de un portal de ArcGIS Enterprise o de una organización de ArcGIS Online.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="173"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="179"/>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="192"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="205"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="218"/>
        <source>Keep it in</source>
        <translation>Guardarlo en</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="313"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="325"/>
        <source>Token bound to</source>
        <translation>Token vinculado a</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="338"/>
        <source>Referer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="351"/>
        <source>Send the token as</source>
        <translation>Enviar el token como</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="364"/>
        <source>Token lifetime</source>
        <translation>Duración del token</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="374"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="390"/>
        <source>Allow plain HTTP (unencrypted)</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="397"/>
        <source>Over plain HTTP, your password and the tokens travel unencrypted: anyone on the network path can read and reuse them. Use it only on a network you trust.</source>
        <translation>Con HTTP sin cifrar, su contraseña y los tokens viajan en claro: cualquiera en la ruta de red puede leerlos y reutilizarlos. Úselo solo en una red de confianza.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="410"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="418"/>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="435"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="513"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="527"/>
        <source>Token endpoint</source>
        <translation>Punto de acceso de tokens</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="544"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="561"/>
        <source>Token sent as</source>
        <translation>Token enviado como</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="575"/>
        <source>Token expires</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="487"/>
        <source>Waiting for the browser…</source>
        <translation>Esperando al navegador…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="519"/>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="523"/>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="525"/>
        <source>Signed in as {user}</source>
        <translation>Sesión iniciada como {user}</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="253"/>
        <source>Sign in with browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="277"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="378"/>
        <source>Check the referer</source>
        <translation>Compruebe el referer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="379"/>
        <source>The referer cannot hold “{character}”: it is sent as an HTTP header, which carries only printable Latin-1 characters (letters, digits, punctuation such as - . / :).</source>
        <translation>El referer no puede contener «{character}»: se envía en una cabecera HTTP, que solo admite caracteres Latin-1 imprimibles (letras, cifras, signos como - . / :).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="386"/>
        <source>Check “{field}”</source>
        <translation>Compruebe «{field}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="387"/>
        <source>“{field}” cannot hold an invisible or control character ({character}).</source>
        <translation>«{field}» no puede contener un carácter invisible o de control ({character}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="137"/>
        <source>Not with a Basic or Windows web tier: it takes the Authorization header.</source>
        <translation>No con un nivel web Basic o Windows: este ocupa el encabezado Authorization.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="151"/>
        <source>{id} (no longer in QGIS&apos;s authentication database)</source>
        <translation>{id} (ya no está en la base de datos de autenticación de QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="155"/>
        <source>Your certificates in QGIS&apos;s authentication database (Settings &gt; Options &gt; Authentication).</source>
        <translation>Sus certificados en la base de datos de autenticación de QGIS (Configuración &gt; Opciones &gt; Autenticación).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="162"/>
        <source>QGIS&apos;s authentication database holds no client certificate yet: add one under Settings &gt; Options &gt; Authentication (PKI paths, PKI PKCS#12 or an identity certificate), then open this form again.</source>
        <translation>La base de datos de autenticación de QGIS todavía no contiene ningún certificado de cliente: añada uno en Configuración &gt; Opciones &gt; Autenticación (rutas PKI, PKI PKCS#12 o un certificado de identidad) y vuelva a abrir este formulario.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="296"/>
        <source>DOMAIN\user</source>
        <translation>DOMINIO\usuario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="400"/>
        <source>Check the web tier</source>
        <translation>Compruebe el nivel web</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="402"/>
        <source>“Signed in by the web tier” needs a web tier: choose what it asks for, or another way to sign in.</source>
        <translation>«Sesión iniciada por el nivel web» necesita un nivel web: elija lo que este solicita u otra forma de iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="405"/>
        <source>A Basic or Windows web tier signs you in with the user name and password: choose “Signed in by the web tier”.</source>
        <translation>Un nivel web Basic o Windows inicia su sesión con el nombre de usuario y la contraseña: elija «Sesión iniciada por el nivel web».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="410"/>
        <source>Check “Send the token as”</source>
        <translation>Compruebe «Enviar el token como»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="410"/>
        <source>A Basic or Windows web tier takes the Authorization header: the token travels in X-Esri-Authorization (choose it, or Automatic).</source>
        <translation>Un nivel web Basic o Windows ocupa el encabezado Authorization: el token viaja en X-Esri-Authorization (elíjalo, o Automático).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="414"/>
        <source>Choose the certificate</source>
        <translation>Elija el certificado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="414"/>
        <source>Choose the client certificate the web tier asks for.</source>
        <translation>Elija el certificado de cliente que solicita el nivel web.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="108"/>
        <source>Web tier</source>
        <translation>Nivel web</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="120"/>
        <source>Only if your administrator put a web tier in front of ArcGIS (IIS with the ArcGIS Web Adaptor, or a reverse proxy): it asks for a client certificate, or for Windows or Basic credentials, before ArcGIS sees a request, and ArcGIS issues the token to the user it let through. The token then travels in the X-Esri-Authorization header: Authorization belongs to the web tier.</source>
        <translation>Solo si su administrador ha puesto un nivel web delante de ArcGIS (IIS con ArcGIS Web Adaptor, o un proxy inverso): este solicita un certificado de cliente, o credenciales de Windows o Basic, antes de que ArcGIS vea una solicitud, y ArcGIS emite el token para el usuario al que dejó pasar. El token viaja entonces en el encabezado X-Esri-Authorization: Authorization pertenece al nivel web.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="130"/>
        <source>Asks for</source>
        <translation>Solicita</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="150"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="137"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="178"/>
        <source>Renew Now</source>
        <translation>Renovar ahora</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="142"/>
        <source>Sign In Now</source>
        <translation>Iniciar sesión ahora</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="177"/>
        <source>Signed out of “{connection}” and forgot its stored secret: the next sign-in asks for it.</source>
        <translation>Sesión cerrada en «{connection}» y secreto guardado olvidado: el próximo inicio de sesión lo pedirá.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="179"/>
        <source>Signed out of “{connection}”. Its layers sign in again when they next need a token.</source>
        <translation>Sesión cerrada en «{connection}». Sus capas volverán a iniciar sesión cuando necesiten un token.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="188"/>
        <source>Signed in to “{connection}”; the token does not expire.</source>
        <translation>Sesión iniciada en «{connection}»; el token no caduca.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="190"/>
        <source>Signed in to “{connection}”; the new token expires at {expires}.</source>
        <translation>Sesión iniciada en «{connection}»; el nuevo token caduca el {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="198"/>
        <source>“{connection}” could not sign in</source>
        <translation>«{connection}» no pudo iniciar sesión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="247"/>
        <source>Saved “{connection}”.</source>
        <translation>«{connection}» guardada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="253"/>
        <source>Delete Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="253"/>
        <source>Delete “{connection}”? Its stored credentials are deleted too, and layers that use it will no longer sign in.</source>
        <translation>¿Eliminar «{connection}»? También se eliminarán sus credenciales guardadas y las capas que la usan ya no podrán iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="282"/>
        <source>Deleted “{connection}”.</source>
        <translation>«{connection}» eliminada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="284"/>
        <source>Removed from QGIS&apos;s Browser: {servers}.</source>
        <translation>Quitada del Navegador de QGIS: {servers}.</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="14"/>
        <source>ArcGIS Connections</source>
        <translation>Conexiones ArcGIS</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="30"/>
        <source>Each connection signs in to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online and keeps its token fresh. Layers that use the connection get the token automatically.</source>
        <translation>Cada conexión inicia sesión en un ArcGIS Server, un portal de ArcGIS Enterprise o ArcGIS Online y mantiene su token vigente. Las capas que usan la conexión reciben el token automáticamente.</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="66"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="73"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="80"/>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="87"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="111"/>
        <source>Token status</source>
        <translation>Estado del token</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="119"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="133"/>
        <source>Token expires</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="147"/>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="185"/>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="192"/>
        <source>Also forget the stored password, API key or client secret</source>
        <translation>Olvidar también la contraseña, la clave de API o el secreto de cliente guardados</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="204"/>
        <source>“{connection}” needs a browser sign-in</source>
        <translation>«{connection}» necesita iniciar sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="204"/>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ContentBrowser</name>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Content</source>
        <translation>Mi contenido</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Groups</source>
        <translation>Mis grupos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Organisation</source>
        <translation>Mi organización</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="143"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="252"/>
        <source>Choose a connection to an ArcGIS Enterprise portal or ArcGIS Online to browse its items.</source>
        <translation>Elija una conexión a un portal de ArcGIS Enterprise o a ArcGIS Online para explorar sus elementos.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="258"/>
        <source>“{connection}” is not signed in, so its items cannot be listed. Once it can sign in, read them with the refresh button.</source>
        <translation>«{connection}» no ha iniciado sesión, así que no se pueden listar sus elementos. Cuando pueda iniciar sesión, léalos con el botón de actualizar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="287"/>
        <source>Reading the content of “{connection}”</source>
        <translation>Leyendo el contenido de «{connection}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="288"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="313"/>
        <source>The content of “{connection}” could not be read</source>
        <translation>No se pudo leer el contenido de «{connection}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="325"/>
        <source>{username} (root folder)</source>
        <translation>{username} (carpeta raíz)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="333"/>
        <source>You are in no group</source>
        <translation>No pertenece a ningún grupo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="357"/>
        <source>A search looks in all your folders.</source>
        <translation>Una búsqueda abarca todas sus carpetas.</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="57"/>
        <source>The folder of your content, or the group, to list</source>
        <translation>La carpeta de su contenido, o el grupo, que se va a listar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="384"/>
        <source>Searching “{connection}”</source>
        <translation>Buscando en «{connection}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="385"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="407"/>
        <source>The items could not be listed</source>
        <translation>No se pudieron listar los elementos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="414"/>
        <source>No items</source>
        <translation>Ningún elemento</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="416"/>
        <source>{shown} of {total} items</source>
        <translation>{shown} de {total} elementos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="476"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="202"/>
        <source>Show Layers</source>
        <translation>Mostrar capas</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="215"/>
        <source>Add Layer</source>
        <translation>Añadir capa</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="228"/>
        <source>Open Web Map</source>
        <translation>Abrir mapa web</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="241"/>
        <source>Open as New Project</source>
        <translation>Abrir como proyecto nuevo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="627"/>
        <source>Adding “{title}”</source>
        <translation>Añadiendo «{title}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="639"/>
        <source>Layer “{title}” added to the project.</source>
        <translation>Capa «{title}» añadida al proyecto.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="641"/>
        <source>Not added</source>
        <translation>No añadida</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="641"/>
        <source>QGIS could not open {layers}. The message log has the details.</source>
        <translation>QGIS no pudo abrir {layers}. El registro de mensajes contiene los detalles.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="647"/>
        <source>Layer not added</source>
        <translation>Capa no añadida</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="676"/>
        <source>Web map “{title}” not opened</source>
        <translation>Mapa web «{title}» no abierto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="665"/>
        <source>Opening “{title}”</source>
        <translation>Abriendo «{title}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="676"/>
        <source>The current project was kept.</source>
        <translation>Se ha conservado el proyecto actual.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="682"/>
        <source>Web map “{title}” opened: {count} layers</source>
        <translation>Mapa web «{title}» abierto: {count} capas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="687"/>
        <source>Not shown as in the web map</source>
        <translation>No se muestran como en el mapa web</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="38"/>
        <source>Look in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="64"/>
        <source>Read the portal&apos;s content again</source>
        <translation>Volver a leer el contenido del portal</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="75"/>
        <source>Search by title, tag or summary</source>
        <translation>Buscar por título, etiqueta o resumen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="82"/>
        <source>The type of items to list</source>
        <translation>Tipo de elementos que listar</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="127"/>
        <source>Read the next page of items and add it to the list</source>
        <translation>Leer la siguiente página de elementos y añadirla a la lista</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="130"/>
        <source>More results</source>
        <translation>Más resultados</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="172"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="199"/>
        <source>List the layers of the item&apos;s service on the Services tab, to choose the ones to add</source>
        <translation>Listar las capas del servicio del elemento en la pestaña Servicios para elegir las que se van a añadir</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="212"/>
        <source>Add the vector tile service to the project, drawn with its own style</source>
        <translation>Añadir el servicio de teselas vectoriales al proyecto, dibujado con su propio estilo</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="225"/>
        <source>Add the web map&apos;s layers to this project, as a group named after it</source>
        <translation>Añadir las capas del mapa web a este proyecto, como un grupo con su nombre</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="238"/>
        <source>Start a new project with the web map&apos;s layers (QGIS asks to save the current one first)</source>
        <translation>Empezar un proyecto nuevo con las capas del mapa web (QGIS pregunta antes si guardar el actual)</translation>
    </message>
</context>
<context>
    <name>CredentialPrompt</name>
    <message>
        <location filename="../plugin/integration/prompt.py" line="111"/>
        <source>Enter your ArcGIS user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña de ArcGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="114"/>
        <source>Enter the API key (in the password field).</source>
        <translation>Introduzca la clave de API (en el campo de la contraseña).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="117"/>
        <source>Enter the app&apos;s client ID (user name) and client secret (password).</source>
        <translation>Introduzca el ID de cliente de la aplicación (nombre de usuario) y el secreto de cliente (contraseña).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="120"/>
        <source>Enter the credentials.</source>
        <translation>Introduzca las credenciales.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="83"/>
        <source>Enter the key&apos;s passphrase (in the password field).</source>
        <translation>Introduzca la frase de contraseña de la clave (en el campo de la contraseña).</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../plugin/gui/feedback.py" line="85"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="116"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="59"/>
        <source>An internal error stopped it ({error}); the message log has the details.</source>
        <translation>Un error interno lo detuvo ({error}); el registro de mensajes contiene los detalles.</translation>
    </message>
</context>
<context>
    <name>HeadlessError</name>
    <message>
        <location filename="../plugin/integration/headless.py" line="40"/>
        <source>For qgis_process and other runs without a window, write the profile&apos;s master password on the first line of a file only you can read, and set the environment variable QGIS_AUTH_PASSWORD_FILE to its path</source>
        <translation>Para qgis_process y otras ejecuciones sin ventana, escriba la contraseña maestra del perfil en la primera línea de un archivo que solo usted pueda leer y ponga su ruta en la variable de entorno QGIS_AUTH_PASSWORD_FILE</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="74"/>
        <source>Several connections are named “{name}”: give the id of one of them ({ids}).</source>
        <translation>Hay varias conexiones llamadas «{name}»: indique el id de una de ellas ({ids}).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="79"/>
        <source>There is no ArcGIS Token Auth connection “{name}”. {connections}</source>
        <translation>No hay ninguna conexión de ArcGIS Token Auth «{name}». {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="90"/>
        <source>This QGIS profile has no ArcGIS Token Auth connections yet.</source>
        <translation>Este perfil de QGIS todavía no tiene conexiones de ArcGIS Token Auth.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="93"/>
        <source>“{name}” (id {id})</source>
        <translation>«{name}» (id {id})</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="95"/>
        <source>Connections in this QGIS profile: {connections}.</source>
        <translation>Conexiones de este perfil de QGIS: {connections}.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="112"/>
        <source>The connection “{name}” does not cover {server}: choose the connection for that server, or leave the connection empty to find it.</source>
        <translation>La conexión «{name}» no cubre {server}: elija la conexión de ese servidor o deje la conexión vacía para encontrarla.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="125"/>
        <source>One connection could not sign in: {reason}</source>
        <translation>Una conexión no pudo iniciar sesión: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="152"/>
        <source>The secret of the connection “{name}” is kept in the OS keyring, which cannot be used here: {reason}. Keep the secret in QGIS's authentication database instead (edit the connection), or run where the keyring is available and unlocked.</source>
        <translation>El secreto de la conexión «{name}» se guarda en el llavero del sistema operativo, que no se puede usar aquí: {reason}. Guarde el secreto en la base de datos de autenticación de QGIS (edite la conexión) o ejecute donde el llavero esté disponible y desbloqueado.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="164"/>
        <source>QGIS's authentication database is locked. Layers that sign in through the connection “{name}” carry its authentication configuration, which QGIS opens only with the master password. {unlock_hint}.</source>
        <translation>La base de datos de autenticación de QGIS está bloqueada. Las capas que inician sesión mediante la conexión «{name}» llevan su configuración de autenticación, que QGIS solo abre con la contraseña maestra. {unlock_hint}.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="172"/>
        <source>QGIS's authentication database is locked, and the secret of the connection “{name}” is kept there. {unlock_hint}; or keep the connection's secret in the OS keyring.</source>
        <translation>La base de datos de autenticación de QGIS está bloqueada y el secreto de la conexión «{name}» se guarda en ella. {unlock_hint}; o guarde el secreto de la conexión en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="181"/>
        <source>The authentication configuration of the connection “{name}” (id {id}) was deleted in QGIS's Authentication settings. Open the connection in the plugin and save it again.</source>
        <translation>La configuración de autenticación de la conexión «{name}» (id {id}) se eliminó en la configuración de autenticación de QGIS. Abra la conexión en el complemento y vuelva a guardarla.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="189"/>
        <source>The authentication configuration of the connection “{name}” was edited in QGIS's own EsriToken editor, which drops the plugin's settings. Open the connection in the plugin and save it again.</source>
        <translation>La configuración de autenticación de la conexión «{name}» se editó en el propio editor EsriToken de QGIS, que descarta los ajustes del complemento. Abra la conexión en el complemento y vuelva a guardarla.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="197"/>
        <source>The authentication configuration of the connection “{name}” cannot be decrypted: check that QGIS_AUTH_PASSWORD_FILE holds this authentication database's master password.</source>
        <translation>La configuración de autenticación de la conexión «{name}» no se puede descifrar: compruebe que QGIS_AUTH_PASSWORD_FILE contiene la contraseña maestra de esta base de datos de autenticación.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="223"/>
        <source>The connection “{name}” does not cover {server}.</source>
        <translation>La conexión «{name}» no cubre {server}.</translation>
    </message>
</context>
<context>
    <name>PluginActions</name>
    <message>
        <location filename="../plugin/gui/actions.py" line="34"/>
        <source>Add Secured ArcGIS Layers…</source>
        <translation>Añadir capas ArcGIS protegidas…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="110"/>
        <source>Connections…</source>
        <translation>Conexiones…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="106"/>
        <source>“{connection}” could not sign in</source>
        <translation>«{connection}» no pudo iniciar sesión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="125"/>
        <source>“{connection}” needs a browser sign-in</source>
        <translation>«{connection}» necesita iniciar sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="129"/>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="141"/>
        <source>Edits not saved</source>
        <translation>Ediciones no guardadas</translation>
    </message>
</context>
<context>
    <name>PortalItems</name>
    <message>
        <location filename="../plugin/gui/models.py" line="245"/>
        <source>Feature Service</source>
        <translation>Servicio de entidades</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="246"/>
        <source>Map Service</source>
        <translation>Servicio de mapas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="247"/>
        <source>Vector Tile Service</source>
        <translation>Servicio de teselas vectoriales</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="248"/>
        <source>Image Service</source>
        <translation>Servicio de imágenes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="249"/>
        <source>Web Map</source>
        <translation>Mapa web</translation>
    </message>
</context>
<context>
    <name>PortalItemsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../plugin/gui/texts.py" line="33"/>
        <source>User name and password</source>
        <translation>Nombre de usuario y contraseña</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="52"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="35"/>
        <source>App credentials (OAuth2 client ID and secret)</source>
        <translation>Credenciales de aplicación (ID de cliente y secreto OAuth2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="46"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="47"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="53"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="55"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="60"/>
        <source>Enter the client ID.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="61"/>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="66"/>
        <source>Enter the API key.</source>
        <translation>Introduzca la clave de API.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="67"/>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="70"/>
        <source>Enter the password.</source>
        <translation>Introduzca la contraseña.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="75"/>
        <source>QGIS authentication database</source>
        <translation>Base de datos de autenticación de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="76"/>
        <source>Operating system keyring</source>
        <translation>Llavero del sistema operativo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="100"/>
        <source>Referer (sent with every request)</source>
        <translation>Referente (enviado con cada solicitud)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="101"/>
        <source>IP address of this computer</source>
        <translation>Dirección IP de este equipo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="107"/>
        <source>Automatic (recommended)</source>
        <translation>Automático (recomendado)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="108"/>
        <source>X-Esri-Authorization header</source>
        <translation>Encabezado X-Esri-Authorization</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="109"/>
        <source>Authorization: Bearer header</source>
        <translation>Encabezado Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="111"/>
        <source>token query parameter (old servers)</source>
        <translation>parámetro de consulta token (servidores antiguos)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="129"/>
        <source>ArcGIS Server (standalone)</source>
        <translation>ArcGIS Server (independiente)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="130"/>
        <source>ArcGIS Server, federated with a portal</source>
        <translation>ArcGIS Server federado con un portal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="131"/>
        <source>ArcGIS Enterprise portal</source>
        <translation>Portal de ArcGIS Enterprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="132"/>
        <source>ArcGIS Online</source>
        <translation>ArcGIS Online</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="138"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="139"/>
        <source>Multipoint</source>
        <translation>Multipunto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="140"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="141"/>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="142"/>
        <source>Envelope</source>
        <translation>Envolvente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="143"/>
        <source>Table (no geometry)</source>
        <translation>Tabla (sin geometría)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="144"/>
        <source>Drawn by the server</source>
        <translation>Dibujada por el servidor</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="151"/>
        <source>Feature service</source>
        <translation>Servicio de entidades</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="156"/>
        <source>Map service</source>
        <translation>Servicio de mapas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="165"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="38"/>
        <source>Browser sign-in (SAML, multifactor)</source>
        <translation>Inicio de sesión en el navegador (SAML, multifactor)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="68"/>
        <source>Sign in with the browser first.</source>
        <translation>Inicie sesión primero con el navegador.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="110"/>
        <source>Authorization header, token alone</source>
        <translation>Cabecera Authorization, solo el token</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="117"/>
        <source>token in the POST body</source>
        <translation>token en el cuerpo de la petición POST</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="122"/>
        <source>{layers} (layers), {processing} (Processing)</source>
        <translation>{layers} (capas), {processing} (Procesos)</translation>
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
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="145"/>
        <source>Vector tiles</source>
        <translation>Teselas vectoriales</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="153"/>
        <source>Vector tile service</source>
        <translation>Servicio de teselas vectoriales</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="155"/>
        <source>Image service</source>
        <translation>Servicio de imágenes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="40"/>
        <source>Signed in by the web tier</source>
        <translation>Sesión iniciada por el nivel web</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="54"/>
        <source>Web-tier password</source>
        <translation>Contraseña del nivel web</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="69"/>
        <source>Enter the web-tier password.</source>
        <translation>Introduzca la contraseña del nivel web.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="82"/>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="83"/>
        <source>Client certificate (PKI)</source>
        <translation>Certificado de cliente (PKI)</translation>
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
        <translation>Windows (NTLM) necesita el paquete de Python requests-ntlm, que el Python de QGIS no tiene: instálelo (pip install requests-ntlm; en Windows, en OSGeo4W Shell) y reinicie QGIS.</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <location filename="../plugin/gui/status.py" line="80"/>
        <source>Signed in, the token does not expire</source>
        <translation>Sesión iniciada, el token no caduca</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="83"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="84"/>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="85"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="81"/>
        <source>Signed in, token expires in {time_left}</source>
        <translation>Sesión iniciada, el token caduca dentro de {time_left}</translation>
    </message>
</context>
</TS>
