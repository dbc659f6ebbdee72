<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AddLayersDialog</name>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="95"/>
        <source>No connection yet: add one with “Connections…”.</source>
        <translation>Noch keine Verbindung: Fügen Sie eine über „Verbindungen…“ hinzu.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="136"/>
        <source>Reading the catalog of “{connection}”</source>
        <translation>Katalog von „{connection}“ wird gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="221"/>
        <source>Empty catalog</source>
        <translation>Leerer Katalog</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="233"/>
        <source>The catalog could not be read</source>
        <translation>Der Katalog konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="231"/>
        <source>“{connection}” could not sign in</source>
        <translation>„{connection}“ konnte sich nicht anmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="321"/>
        <source>Adding layers from “{connection}”</source>
        <translation>Layer aus „{connection}“ werden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="333"/>
        <source>Layers not added</source>
        <translation>Layer nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="340"/>
        <source>Layers added to the project: {count}.</source>
        <translation>Dem Projekt hinzugefügte Layer: {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="343"/>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="343"/>
        <source>QGIS could not open {layers}. The message log has the details.</source>
        <translation>QGIS konnte {layers} nicht öffnen. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="355"/>
        <source>Added to ArcGIS REST Servers in QGIS&apos;s Browser panel: {servers}.</source>
        <translation>Zu den ArcGIS-REST-Servern im Browser-Bedienfeld von QGIS hinzugefügt: {servers}.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="14"/>
        <source>Add Secured ArcGIS Layers</source>
        <translation>Gesicherte ArcGIS-Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="32"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="52"/>
        <source>Read the catalog again</source>
        <translation>Katalog erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="59"/>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="103"/>
        <source>Filter by folder, service or layer name</source>
        <translation>Nach Ordner-, Dienst- oder Layername filtern</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="226"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="131"/>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="138"/>
        <source>Feature layers</source>
        <translation>Vektorlayer</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="148"/>
        <source>Map layers (drawn by the server)</source>
        <translation>Kartenlayer (vom Server gezeichnet)</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="172"/>
        <source>Adds the connection&apos;s servers to QGIS&apos;s own ArcGIS REST Servers in the Browser panel, signed in through this connection.</source>
        <translation>Fügt die Server der Verbindung den ArcGIS-REST-Servern von QGIS im Browser-Bedienfeld hinzu, angemeldet über diese Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="175"/>
        <source>Create QGIS Browser Connection</source>
        <translation>QGIS-Browser-Verbindung erstellen</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="195"/>
        <source>Add Layers</source>
        <translation>Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="89"/>
        <source>Choose a connection…</source>
        <translation>Verbindung auswählen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="153"/>
        <source>No connection for this address</source>
        <translation>Keine Verbindung für diese Adresse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="153"/>
        <source>No connection covers {url}: add one with “Connections…”.</source>
        <translation>Keine Verbindung deckt {url} ab: Legen Sie eine mit „Verbindungen…“ an.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="174"/>
        <source>Reading {url}</source>
        <translation>{url} wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="87"/>
        <source>Or paste a service or layer URL: …/rest/services/Name/FeatureServer/0</source>
        <translation>Oder fügen Sie die URL eines Dienstes oder Layers ein: …/rest/services/Name/FeatureServer/0</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="94"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="221"/>
        <source>No feature, map or vector tile service is visible to this connection.</source>
        <translation>Für diese Verbindung ist kein Feature-, Karten- oder Vektorkacheldienst sichtbar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add as WMS Layer</source>
        <translation>Als WMS-Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add Tile Cache as WMTS Layer</source>
        <translation>Kachel-Cache als WMTS-Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/add_layers_dialog.py" line="297"/>
        <source>Add Tile Cache as XYZ Layer</source>
        <translation>Kachel-Cache als XYZ-Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="79"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/add_layers_dialog.ui" line="208"/>
        <source>Portal Content</source>
        <translation>Portalinhalte</translation>
    </message>
</context>
<context>
    <name>ArcGISAuthError</name>
    <message>
        <location filename="../plugin/core/errors.py" line="70"/>
        <source>Signing in to {server} failed.</source>
        <translation>Die Anmeldung bei {server} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="85"/>
        <source>“{url}” is not a URL the plugin can use. Paste the http(s):// address of an ArcGIS Server service or folder, a portal or an ArcGIS Online organisation.</source>
        <translation>„{url}“ ist keine URL, die die Erweiterung verwenden kann. Fügen Sie die http(s)://-Adresse eines ArcGIS-Server-Dienstes oder -Ordners, eines Portals oder einer ArcGIS-Online-Organisation ein.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="115"/>
        <source>{server} refused the user name or password (or the client ID and secret). Check them — user names are case-sensitive — and enter them again.</source>
        <translation>{server} hat den Benutzernamen oder das Passwort (bzw. die Client-ID und das Client-Secret) abgelehnt. Prüfen Sie die Angaben – bei Benutzernamen wird zwischen Groß- und Kleinschreibung unterschieden – und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="124"/>
        <source>The account is locked or not allowed to sign in at {server}. Wait until the lock expires, or ask your ArcGIS administrator to unlock or enable it.</source>
        <translation>Das Konto ist gesperrt oder darf sich bei {server} nicht anmelden. Warten Sie, bis die Sperre abläuft, oder bitten Sie Ihre ArcGIS-Administration, es zu entsperren oder zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="144"/>
        <source>No {secret_name} is stored for the connection “{connection_name}”. Enter it in the connection's settings and try again.</source>
        <translation>Für die Verbindung „{connection_name}“ ist kein Geheimnis gespeichert ({secret_name}). Geben Sie es in den Einstellungen der Verbindung ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="162"/>
        <source>The API key of the connection “{connection_name}” expired on {expires_on}. Create a new key in your ArcGIS developer dashboard and enter it in the connection.</source>
        <translation>Der API-Schlüssel der Verbindung „{connection_name}“ ist am {expires_on} abgelaufen. Erstellen Sie im ArcGIS-Developer-Dashboard einen neuen Schlüssel und geben Sie ihn in der Verbindung ein.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="173"/>
        <source>The API key of the connection “{connection_name}” expires on {expires_on}. Create a new key in your ArcGIS developer dashboard and enter it in the connection.</source>
        <translation>Der API-Schlüssel der Verbindung „{connection_name}“ läuft am {expires_on} ab. Erstellen Sie im ArcGIS-Developer-Dashboard einen neuen Schlüssel und geben Sie ihn in der Verbindung ein.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="274"/>
        <source>{server} only accepts sign-ins over HTTPS. Change the connection&apos;s URL to start with https://.</source>
        <translation>{server} akzeptiert Anmeldungen nur über HTTPS. Ändern Sie die URL der Verbindung so, dass sie mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="281"/>
        <source>Signing in to {server} would send your credentials unencrypted over plain HTTP, so the plugin did not do it. Use an https:// URL, or allow plain HTTP in the connection if you accept the risk.</source>
        <translation>Eine Anmeldung bei {server} würde Ihre Zugangsdaten unverschlüsselt über HTTP senden, daher hat die Erweiterung sie nicht durchgeführt. Verwenden Sie eine https://-URL oder erlauben Sie unverschlüsseltes HTTP in der Verbindung, wenn Sie das Risiko eingehen.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="299"/>
        <source>{server} redirected the request to {target}; the plugin did not send your credentials there. If {target} is the right server, use it in the connection&apos;s URL.</source>
        <translation>{server} hat die Anfrage an {target} umgeleitet; die Erweiterung hat Ihre Zugangsdaten nicht dorthin gesendet. Wenn {target} der richtige Server ist, verwenden Sie ihn in der URL der Verbindung.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="318"/>
        <source>The HTTPS certificate of {server} is not trusted. If your organisation uses its own certificate authority, add it in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities) and try again.</source>
        <translation>Das HTTPS-Zertifikat von {server} ist nicht vertrauenswürdig. Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, fügen Sie sie in QGIS hinzu (Einstellungen &gt; Optionen &gt; Authentifizierung &gt; Zertifikatsverwaltung &gt; Zertifizierungsstellen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="330"/>
        <source>The HTTPS certificate of {server} is for {certificate_names}, not for the host name in the connection&apos;s URL, so the connection is not secure. Use the host name the certificate is for in the URL (an IP address or a short name fails this way), or ask the server&apos;s administrator for a certificate that includes the name you use.</source>
        <translation>Das HTTPS-Zertifikat von {server} ist für {certificate_names} ausgestellt, nicht für den Hostnamen in der URL der Verbindung; die Verbindung ist daher nicht sicher. Verwenden Sie in der URL den Hostnamen, für den das Zertifikat ausgestellt ist (mit einer IP-Adresse oder einem Kurznamen scheitert es auf diese Weise), oder bitten Sie den Administrator des Servers um ein Zertifikat, das den von Ihnen verwendeten Namen enthält.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="340"/>
        <source>A secure (HTTPS) connection to {server} could not be set up. Check that the URL&apos;s scheme and port are right (https:// on an HTTP-only port fails this way) and QGIS&apos;s proxy settings.</source>
        <translation>Eine sichere (HTTPS-)Verbindung zu {server} konnte nicht aufgebaut werden. Prüfen Sie Schema und Port der URL (https:// auf einem reinen HTTP-Port scheitert auf diese Weise) sowie die Proxy-Einstellungen von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="405"/>
        <source>{server} could not be reached: its name did not resolve, the network is down or the connection broke off. Check the URL, your network connection and QGIS&apos;s proxy settings.</source>
        <translation>{server} ist nicht erreichbar: Der Name ließ sich nicht auflösen, das Netzwerk ist nicht verfügbar oder die Verbindung ist abgebrochen. Prüfen Sie die URL, Ihre Netzwerkverbindung und die Proxy-Einstellungen von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="414"/>
        <source>{server} refused the connection: nothing answers at that address and port. Check the URL (and its port), or ask whether the server is running.</source>
        <translation>{server} hat die Verbindung abgelehnt: Unter dieser Adresse und diesem Port antwortet nichts. Prüfen Sie die URL (und ihren Port) oder fragen Sie nach, ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="422"/>
        <source>{server} did not answer in time. Try again later; if it keeps happening, check your network and QGIS&apos;s proxy settings.</source>
        <translation>{server} hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, prüfen Sie Ihr Netzwerk und die Proxy-Einstellungen von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="433"/>
        <source>No ArcGIS token service was found at {server}. Check the connection&apos;s URL; the server may not use token-based security (web-tier authentication needs QGIS&apos;s own authentication methods).</source>
        <translation>Unter {server} wurde kein ArcGIS-Token-Dienst gefunden. Prüfen Sie die URL der Verbindung; möglicherweise verwendet der Server keine tokenbasierte Sicherheit (für Authentifizierung auf Webserver-Ebene sind die Authentifizierungsmethoden von QGIS selbst nötig).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="457"/>
        <source>{server} failed to answer the request (HTTP {status}): the server, or a proxy or gateway in front of it, has a problem. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>{server} konnte die Anfrage nicht beantworten (HTTP {status}): Der Server oder ein ihm vorgeschalteter Proxy oder Gateway hat ein Problem. Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="467"/>
        <source>{server} has nothing at the address the plugin asked for (HTTP 404). Check the connection&apos;s URL: the site, web adaptor, folder or service name may be misspelt, or the service may have moved.</source>
        <translation>Unter der Adresse, die die Erweiterung angefragt hat, gibt es auf {server} nichts (HTTP 404). Prüfen Sie die URL der Verbindung: Der Name der Site, des Web Adaptors, des Ordners oder des Dienstes ist vielleicht falsch geschrieben, oder der Dienst wurde verschoben.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="478"/>
        <source>{server} answered with a web page instead of ArcGIS data — often a sign-in page of a proxy or of web-tier authentication. Check the URL; for web-tier authentication use QGIS's own authentication methods.</source>
        <translation>{server} hat mit einer Webseite statt mit ArcGIS-Daten geantwortet – oft die Anmeldeseite eines Proxys oder einer Authentifizierung auf Webserver-Ebene. Prüfen Sie die URL; für Authentifizierung auf Webserver-Ebene verwenden Sie die Authentifizierungsmethoden von QGIS selbst.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="487"/>
        <source>{server} gave an answer the plugin does not understand. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online.</source>
        <translation>{server} hat eine Antwort gegeben, die die Erweiterung nicht versteht. Prüfen Sie, ob die URL auf einen ArcGIS Server, ein ArcGIS-Enterprise-Portal oder ArcGIS Online verweist.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="495"/>
        <source>{server} sent an empty answer where ArcGIS data was expected. Try again later; if it keeps happening, tell the server&apos;s administrator: a proxy or web adaptor in front of ArcGIS may be failing.</source>
        <translation>{server} hat eine leere Antwort gesendet, wo ArcGIS-Daten erwartet wurden. Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, informieren Sie den Administrator des Servers: Ein ArcGIS vorgeschalteter Proxy oder Web Adaptor funktioniert möglicherweise nicht.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="503"/>
        <source>The answer from {server} was cut short: the connection closed before all of it arrived. Try again; if it keeps happening, check your network and QGIS&apos;s proxy settings, or tell the server&apos;s administrator.</source>
        <translation>Die Antwort von {server} wurde abgeschnitten: Die Verbindung wurde geschlossen, bevor sie vollständig angekommen war. Versuchen Sie es erneut; wenn das Problem bestehen bleibt, prüfen Sie Ihr Netzwerk und die Proxy-Einstellungen von QGIS oder informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="513"/>
        <source>{server} answered with text that is not valid JSON, so not the ArcGIS data the plugin asked for. Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online; if it does, the server or a proxy in front of it has a problem: try again later or tell its administrator.</source>
        <translation>{server} hat mit Text geantwortet, der kein gültiges JSON ist, also nicht mit den ArcGIS-Daten, die die Erweiterung angefragt hat. Prüfen Sie, ob die URL auf einen ArcGIS Server, ein ArcGIS-Enterprise-Portal oder ArcGIS Online verweist; falls ja, hat der Server oder ein ihm vorgeschalteter Proxy ein Problem: Versuchen Sie es später erneut oder informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="524"/>
        <source>{server} refused the request.</source>
        <translation>{server} hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="528"/>
        <source>{server} rejected the token as invalid or expired (498). The plugin signs in again automatically; if this keeps happening, test the connection.</source>
        <translation>{server} hat das Token als ungültig oder abgelaufen zurückgewiesen (498). Die Erweiterung meldet sich automatisch neu an; wenn das wiederholt passiert, testen Sie die Verbindung.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="553"/>
        <source>{server} asked for a token it did not receive (499). Check that the layer uses this connection; for an old server, set the connection&apos;s token transport to the query parameter.</source>
        <translation>{server} hat ein Token verlangt, aber keines erhalten (499). Prüfen Sie, ob der Layer diese Verbindung verwendet; stellen Sie bei einem alten Server die Token-Übertragung der Verbindung auf den Abfrageparameter um.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="561"/>
        <source>{server} refused access (403): the account may not use this service. Ask the service owner to share it with you.</source>
        <translation>{server} hat den Zugriff verweigert (403): Das Konto darf diesen Dienst nicht verwenden. Bitten Sie die Person, der der Dienst gehört, ihn für Sie freizugeben.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="35"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="36"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="37"/>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="27"/>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <location filename="../plugin/core/http.py" line="75"/>
        <source>another host name</source>
        <translation>einen anderen Hostnamen</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="110"/>
        <source>the Python package &apos;keyring&apos; is not installed in QGIS&apos;s Python</source>
        <translation>das Python-Paket „keyring“ ist im Python von QGIS nicht installiert</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="116"/>
        <source>no OS keyring backend is available on this system</source>
        <translation>auf diesem System ist kein Schlüsselbund des Betriebssystems verfügbar</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="133"/>
        <source>Your organisation at {server} signs users in through its identity provider (SAML) or with multifactor authentication, which a user name and password cannot do. Change the connection to browser sign-in (OAuth2, with the client ID of an app registered in your organisation), or use an API key or app credentials.</source>
        <translation>Ihre Organisation auf {server} meldet Benutzer über ihren Identitätsanbieter (SAML) oder mit Multi-Faktor-Authentifizierung an; mit Benutzername und Passwort allein ist das nicht möglich. Stellen Sie die Verbindung auf Anmeldung im Browser um (OAuth2, mit der Client-ID einer in Ihrer Organisation registrierten App) oder verwenden Sie einen API-Schlüssel oder App-Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="153"/>
        <source>{server} is a standalone ArcGIS Server: API keys, app credentials and browser sign-in work only with ArcGIS Online, ArcGIS Enterprise portals and their federated servers. Use a user name and password for it.</source>
        <translation>{server} ist ein eigenständiger ArcGIS Server: API-Schlüssel, App-Anmeldedaten und die Anmeldung im Browser funktionieren nur mit ArcGIS Online, ArcGIS-Enterprise-Portalen und deren föderierten Servern. Verwenden Sie dafür einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="188"/>
        <source>The connection “{connection_name}” signs in through the browser, and no sign-in is stored for it. In QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”; qgis_process and Processing then use that sign-in.</source>
        <translation>Die Verbindung „{connection_name}“ meldet sich über den Browser an, und für sie ist keine Anmeldung gespeichert. Öffnen Sie in QGIS Desktop die Verbindung unter den ArcGIS-Token-Auth-Verbindungen und klicken Sie auf „Im Browser anmelden“; qgis_process und Processing verwenden dann diese Anmeldung.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="200"/>
        <source>The browser sign-in of the connection “{connection_name}” at {server} has expired or was revoked. Sign in again: in QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”.</source>
        <translation>Die Browser-Anmeldung der Verbindung „{connection_name}“ bei {server} ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an: Öffnen Sie in QGIS Desktop die Verbindung unter den ArcGIS-Token-Auth-Verbindungen und klicken Sie auf „Im Browser anmelden“.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="211"/>
        <source>The browser sign-in of the connection “{connection_name}” at {server} ends on {expires_on} and could not be extended. Sign in again before then: open the connection in the ArcGIS Token Auth connections and click “Sign in with browser”.</source>
        <translation>Die Browser-Anmeldung der Verbindung „{connection_name}“ bei {server} endet am {expires_on} und konnte nicht verlängert werden. Melden Sie sich vorher erneut an: Öffnen Sie die Verbindung unter den ArcGIS-Token-Auth-Verbindungen und klicken Sie auf „Im Browser anmelden“.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="222"/>
        <source>Signing in to {server} through the browser did not complete. Try again.</source>
        <translation>Die Anmeldung bei {server} über den Browser wurde nicht abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="246"/>
        <source>The browser sign-in at {server} could not be completed: the answer that reached QGIS did not belong to this sign-in, or the portal refused its authorization code. Sign in again.</source>
        <translation>Die Browser-Anmeldung bei {server} konnte nicht abgeschlossen werden: Die bei QGIS eingegangene Antwort gehörte nicht zu dieser Anmeldung, oder das Portal hat den Autorisierungscode abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="263"/>
        <source>No web browser could be opened to sign in to {server}. Sign in from QGIS desktop on a computer with a browser; qgis_process and Processing then use that sign-in.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden, um sich bei {server} anzumelden. Melden Sie sich in QGIS Desktop auf einem Computer mit Browser an; qgis_process und Processing verwenden dann diese Anmeldung.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="229"/>
        <source>The sign-in to {server} was not completed in the browser in time, so the plugin stopped waiting. Try again. If the browser showed an error about the redirect URI, the app registered in your organisation must allow http://127.0.0.1 as a redirect URI (see the plugin&apos;s README).</source>
        <translation>Die Anmeldung bei {server} wurde nicht rechtzeitig im Browser abgeschlossen, daher wartet die Erweiterung nicht länger. Versuchen Sie es erneut. Wenn der Browser einen Fehler zur Weiterleitungs-URI angezeigt hat, muss die in Ihrer Organisation registrierte App http://127.0.0.1 als Weiterleitungs-URI zulassen (siehe README der Erweiterung).</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="238"/>
        <source>The sign-in to {server} was cancelled. Sign in again when you are ready.</source>
        <translation>Die Anmeldung bei {server} wurde abgebrochen. Melden Sie sich erneut an, sobald Sie so weit sind.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="254"/>
        <source>{server} refused the connection&apos;s client ID for a browser sign-in: no such app is registered there, or its redirect URIs do not allow http://127.0.0.1. Check the client ID and the app&apos;s registration (see the plugin&apos;s README).</source>
        <translation>{server} hat die Client-ID der Verbindung für eine Browser-Anmeldung abgelehnt: Dort ist keine solche App registriert, oder ihre Weiterleitungs-URIs erlauben http://127.0.0.1 nicht. Prüfen Sie die Client-ID und die Registrierung der App (siehe README der Erweiterung).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="120"/>
        <source>the keyring backend {backend} stores secrets unencrypted</source>
        <translation>das Schlüsselbund-Backend {backend} speichert Geheimnisse unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="124"/>
        <source>the keyring backend {backend} is not known to encrypt the secrets it stores</source>
        <translation>vom Schlüsselbund-Backend {backend} ist nicht bekannt, dass es gespeicherte Geheimnisse verschlüsselt</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="290"/>
        <source>{server} issued a token that may only be sent over HTTPS, but the connection&apos;s URL uses plain HTTP, so no layer would load with it. Change the connection&apos;s URL to start with https://.</source>
        <translation>{server} hat ein Token ausgestellt, das nur über HTTPS gesendet werden darf, aber die URL der Verbindung verwendet unverschlüsseltes HTTP, sodass damit kein Layer laden würde. Ändern Sie die URL der Verbindung so, dass sie mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="308"/>
        <source>{server} says it belongs to the portal {portal}, but the portal does not list it as one of its servers, so the plugin did not send it your portal sign-in. Add a connection of its own for {server}, or ask your ArcGIS administrator to federate it with the portal.</source>
        <translation>{server} gibt an, zum Portal {portal} zu gehören, aber das Portal führt ihn nicht als einen seiner Server, daher hat das Plugin ihm Ihre Portal-Anmeldung nicht gesendet. Legen Sie für {server} eine eigene Verbindung an oder bitten Sie Ihren ArcGIS-Administrator, ihn mit dem Portal zu föderieren.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="543"/>
        <source>{server} rejected the token (498) even after the plugin signed in again and retried, sending it as {transport}. The server may not accept tokens sent that way, or the account may have lost access: test the connection to see how the server reads tokens.</source>
        <translation>{server} hat das Token (498) abgelehnt, auch nachdem sich das Plugin neu angemeldet und es erneut versucht hat, gesendet als {transport}. Der Server akzeptiert so gesendete Token möglicherweise nicht, oder das Konto hat den Zugriff verloren: Testen Sie die Verbindung, um zu sehen, wie der Server Token liest.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="536"/>
        <source>{server} could not do what was asked: {reason}. Check the layer, the fields and the filter.</source>
        <translation>{server} konnte die Anfrage nicht ausführen: {reason}. Prüfen Sie Layer, Felder und Filter.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="94"/>
        <source>“{url}” is not the address of an ArcGIS service or layer. Paste one that ends in …/rest/services/&lt;name&gt;/FeatureServer or …/MapServer, with or without a layer id.</source>
        <translation>„{url}“ ist nicht die Adresse eines ArcGIS-Dienstes oder -Layers. Fügen Sie eine ein, die auf …/rest/services/&lt;Name&gt;/FeatureServer oder …/MapServer endet, mit oder ohne Layer-ID.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="103"/>
        <source>{server} has no services directory (its rest/services answers 404), so there is no list to browse. Paste the address of a service or layer to list its layers.</source>
        <translation>{server} hat kein Dienstverzeichnis (sein rest/services antwortet mit 404), es gibt also keine Liste zum Durchsuchen. Fügen Sie die Adresse eines Dienstes oder Layers ein, um dessen Layer aufzulisten.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="38"/>
        <source>browser sign-in</source>
        <translation>Browser-Anmeldung</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="23"/>
        <source>The ArcGIS Token Auth plugin is not loaded: enable it in the Plugin Manager.</source>
        <translation>Die Erweiterung ArcGIS Token Auth ist nicht geladen: Aktivieren Sie sie in der Erweiterungsverwaltung.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="29"/>
        <source>No ArcGIS Token Auth connection covers {url}: add one with api.add_connection().</source>
        <translation>Keine ArcGIS-Token-Auth-Verbindung deckt {url} ab: Fügen Sie eine mit api.add_connection() hinzu.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="61"/>
        <source>{connection_name}: the credentials were not kept: {reason}</source>
        <translation>{connection_name}: Die Anmeldedaten wurden nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="77"/>
        <source>The connection “{connection_name}” needs its credentials again.</source>
        <translation>Die Verbindung „{connection_name}“ benötigt ihre Anmeldedaten erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="106"/>
        <source>the OS keyring cannot be opened ({kind})</source>
        <translation>der Schlüsselbund des Betriebssystems kann nicht geöffnet werden ({kind})</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="445"/>
        <source>{server} takes token requests only as POST and refused this one as another method (HTTP 405). A proxy or web adaptor in front of it may turn POST requests into GET requests, for example when it redirects them: use the address the server itself answers at in the connection&apos;s URL, or tell its administrator.</source>
        <translation>{server} nimmt Token-Anfragen nur per POST an und hat diese als andere Methode abgelehnt (HTTP 405). Ein vorgeschalteter Proxy oder Web Adaptor wandelt POST-Anfragen möglicherweise in GET-Anfragen um, zum Beispiel wenn er sie umleitet: Verwenden Sie in der URL der Verbindung die Adresse, unter der der Server selbst antwortet, oder informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="51"/>
        <source>QGIS's authentication database did not accept the connection. Unlock it with the master password (Settings → Options → Authentication) and try again.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank hat die Verbindung nicht angenommen. Entsperren Sie sie mit dem Master-Passwort (Einstellungen → Optionen → Authentifizierung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="653"/>
        <source>QGIS&apos;s authentication database is locked: in QGIS desktop enter the master password when asked; for qgis_process set QGIS_AUTH_PASSWORD_FILE to a file holding the master password.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank ist gesperrt: Geben Sie in QGIS Desktop das Master-Passwort ein, wenn danach gefragt wird; für qgis_process setzen Sie QGIS_AUTH_PASSWORD_FILE auf eine Datei, die das Master-Passwort enthält.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="658"/>
        <source>Its authentication configuration was edited in QGIS&apos;s Authentication settings, which keep only the token: enter the credentials again in the ArcGIS Token Auth connections dialog.</source>
        <translation>Ihre Authentifizierungskonfiguration wurde in den Authentifizierungseinstellungen von QGIS bearbeitet, die nur das Token behalten: Geben Sie die Zugangsdaten im Verbindungsdialog von ArcGIS Token Auth erneut ein.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="663"/>
        <source>Its authentication configuration was deleted in QGIS&apos;s Authentication settings: enter the credentials again in the ArcGIS Token Auth connections dialog (layers keep working with the same id).</source>
        <translation>Ihre Authentifizierungskonfiguration wurde in den Authentifizierungseinstellungen von QGIS gelöscht: Geben Sie die Zugangsdaten im Verbindungsdialog von ArcGIS Token Auth erneut ein (Layer funktionieren mit derselben ID weiter).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="67"/>
        <source>The connection “{connection_name}” needs its secret to be saved: a new connection, or one whose secret moves between QGIS's authentication database and the OS keyring, has none stored there yet.</source>
        <translation>Die Verbindung „{connection_name}“ braucht zum Speichern ihr Geheimnis: Eine neue Verbindung oder eine, deren Geheimnis zwischen der Authentifizierungsdatenbank von QGIS und dem Schlüsselbund des Betriebssystems umzieht, hat dort noch keines gespeichert.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="41"/>
        <source>QGIS could not load {url}. Check the URL, and the connection's state in the ArcGIS Token Auth connections dialog; details are in the log under “ArcGIS Token Auth”.</source>
        <translation>QGIS konnte {url} nicht laden. Prüfen Sie die URL und den Zustand der Verbindung im Dialog der ArcGIS-Token-Auth-Verbindungen; Einzelheiten stehen im Protokoll unter „ArcGIS Token Auth“.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="83"/>
        <source>{server} refused to save the edits to {layer}: {reason}. Nothing was sent: the edits are still in QGIS, unsaved, and QGIS reports the save as failed.</source>
        <translation>{server} hat das Speichern der Änderungen an {layer} abgelehnt: {reason}. Es wurde nichts gesendet: Die Änderungen sind weiterhin ungespeichert in QGIS, und QGIS meldet das Speichern als fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="93"/>
        <source>{server} refused edits to {layer}: {reason}. QGIS may show them as saved, but they were not: reload the layer to see what the server holds, and make them again.</source>
        <translation>{server} hat Änderungen an {layer} abgelehnt: {reason}. QGIS zeigt sie möglicherweise als gespeichert an, sie wurden aber nicht gespeichert: Laden Sie den Layer neu, um zu sehen, was der Server enthält, und nehmen Sie sie erneut vor.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="132"/>
        <source>“{connection}” signs in to a standalone ArcGIS Server, which has no items, groups or web maps: they are in an ArcGIS Enterprise portal or ArcGIS Online. Add a connection to the portal.</source>
        <translation>„{connection}“ meldet sich bei einem eigenständigen ArcGIS Server an, der keine Elemente, Gruppen oder Webkarten hat: Diese befinden sich in einem ArcGIS-Enterprise-Portal oder in ArcGIS Online. Fügen Sie eine Verbindung zum Portal hinzu.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="140"/>
        <source>The item “{title}” is a {item_type}, not a Web Map: add its layers instead.</source>
        <translation>Das Element „{title}“ ist vom Typ {item_type} und keine Webkarte: Fügen Sie stattdessen seine Layer hinzu.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/errors.py" line="146"/>
        <source>The item “{title}” is a {item_type}: only Feature, Map, Vector Tile and Image Service items add layers, and a Web Map opens as a group of layers.</source>
        <translation>Das Element „{title}“ ist vom Typ {item_type}: Nur Elemente vom Typ Feature-Service, Kartendienst, Vektorkacheldienst und Bilddienst fügen Layer hinzu, und eine Webkarte wird als Layergruppe geöffnet.</translation>
    </message>
    <message>
        <location filename="../plugin/core/credentials.py" line="39"/>
        <source>web-tier password</source>
        <translation>Passwort der Webserver-Ebene</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="353"/>
        <source>{server} closed the secure connection during the handshake, before ArcGIS was reached. Sites that sign users in with certificates (PKI, smart cards) do this to a client without one: choose your client certificate in the connection&apos;s web tier. Otherwise check the URL&apos;s scheme and port.</source>
        <translation>{server} hat die sichere Verbindung während des Handshakes geschlossen, bevor ArcGIS erreicht wurde. Sites, die Benutzer mit Zertifikaten anmelden (PKI, Smartcards), tun das bei einem Client ohne Zertifikat: Wählen Sie Ihr Client-Zertifikat in der Webserver-Ebene der Verbindung. Andernfalls prüfen Sie Schema und Port der URL.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="363"/>
        <source>{server} refused the client certificate of the connection in the secure handshake, before ArcGIS was reached: it may have expired or been revoked, or come from an authority the site does not trust. Choose another certificate, or ask your administrator which ones the site accepts.</source>
        <translation>{server} hat das Client-Zertifikat der Verbindung beim sicheren Handshake abgelehnt, bevor ArcGIS erreicht wurde: Es ist vielleicht abgelaufen oder widerrufen, oder es stammt von einer Zertifizierungsstelle, der die Site nicht vertraut. Wählen Sie ein anderes Zertifikat oder fragen Sie Ihre Administration, welche Zertifikate die Site akzeptiert.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="373"/>
        <source>The web server in front of ArcGIS at {server} asks for a sign-in of its own ({scheme}) before ArcGIS is reached. Set the connection&apos;s web tier to Basic or Windows, with your user name and password.</source>
        <translation>Der ArcGIS vorgeschaltete Webserver auf {server} verlangt eine eigene Anmeldung ({scheme}), bevor ArcGIS erreicht wird. Stellen Sie die Webserver-Ebene der Verbindung auf Basic oder Windows ein, mit Ihrem Benutzernamen und Ihrem Passwort.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="383"/>
        <source>The web server in front of ArcGIS at {server} refused the user name or password ({scheme}), before ArcGIS was reached. Check them (a Windows user name may need its domain in front, and a backslash between them) and enter them again.</source>
        <translation>Der ArcGIS vorgeschaltete Webserver auf {server} hat den Benutzernamen oder das Passwort abgelehnt ({scheme}), bevor ArcGIS erreicht wurde. Prüfen Sie die Angaben (einem Windows-Benutzernamen muss eventuell die Domäne vorangestellt werden, mit einem Backslash dazwischen) und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../plugin/core/errors.py" line="393"/>
        <source>The web-tier sign-in of the connection “{connection_name}” cannot be used ({reason}). Check the connection's web tier in its settings.</source>
        <translation>Die Anmeldung auf Webserver-Ebene der Verbindung „{connection_name}“ kann nicht verwendet werden ({reason}). Prüfen Sie die Webserver-Ebene in den Einstellungen der Verbindung.</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthAlgorithms</name>
    <message>
        <location filename="../plugin/processing/base.py" line="32"/>
        <source>The plugin connection to sign in with. In qgis_process give its name or its id; models keep the id, which stays the same when the connection is renamed. Empty: the connection that covers the URL.</source>
        <translation>Die Verbindung der Erweiterung, mit der die Anmeldung erfolgt. Geben Sie in qgis_process ihren Namen oder ihre ID an; Modelle speichern die ID, die gleich bleibt, wenn die Verbindung umbenannt wird. Leer: die Verbindung, die die URL abdeckt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="32"/>
        <source>Test ArcGIS connection</source>
        <translation>ArcGIS-Verbindung testen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="33"/>
        <source>Signs in the way the plugin does and reports the server&apos;s kind (standalone ArcGIS Server, federated server, ArcGIS Enterprise portal or ArcGIS Online), its version, the token endpoint, how layers and Processing send tokens (a header, the POST body or the query parameter) and when a new token expires. When signing in fails, the algorithm fails with the reason: wrong password, unreachable server, untrusted certificate, locked authentication database...

Test a connection, or a URL with a user name and password before saving them as a connection. No token is shown.</source>
        <translation>Meldet sich so an, wie es die Erweiterung tut, und gibt die Art des Servers an (eigenständiger ArcGIS Server, föderierter Server, ArcGIS-Enterprise-Portal oder ArcGIS Online), seine Version, den Token-Endpunkt, wie Layer und die Verarbeitung Token senden (ein Header, der POST-Rumpf oder der Abfrageparameter) und wann ein neues Token abläuft. Schlägt die Anmeldung fehl, schlägt der Algorithmus mit dem Grund fehl: falsches Passwort, Server nicht erreichbar, nicht vertrauenswürdiges Zertifikat, gesperrte Authentifizierungsdatenbank...

Testen Sie eine Verbindung oder eine URL mit Benutzername und Passwort, bevor Sie sie als Verbindung speichern. Es wird kein Token angezeigt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="45"/>
        <source>Without a connection: the server, portal or service to test (with the user name and password), or a URL whose connection is tested.</source>
        <translation>Ohne Verbindung: der zu testende Server, das Portal oder der Dienst (mit Benutzername und Passwort) oder eine URL, deren Verbindung getestet wird.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="54"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="55"/>
        <source>Server or portal</source>
        <translation>Server oder Portal</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="56"/>
        <source>Kind (standalone, federated, portal, online)</source>
        <translation>Art (standalone, federated, portal, online)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="59"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="60"/>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="61"/>
        <source>Portal that issues the tokens (empty: the server itself)</source>
        <translation>Portal, das die Token ausstellt (leer: der Server selbst)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="64"/>
        <source>Token transport of layers (x-esri, bearer, authorization, param)</source>
        <translation>Token-Übertragung der Layer (x-esri, bearer, authorization, param)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="67"/>
        <source>Token transport of Processing&apos;s requests (x-esri, bearer, authorization, body, param)</source>
        <translation>Token-Übertragung der Anfragen der Verarbeitung (x-esri, bearer, authorization, body, param)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="71"/>
        <source>A new token expires (UTC, ISO 8601; empty: never)</source>
        <translation>Ablauf eines neuen Tokens (UTC, ISO 8601; leer: nie)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="90"/>
        <source>Signed in to {server} ({kind}); the token is valid until {expires}.</source>
        <translation>Bei {server} angemeldet ({kind}); das Token ist gültig bis {expires}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="94"/>
        <source>Signed in to {server} ({kind}); the token does not expire.</source>
        <translation>Bei {server} angemeldet ({kind}); das Token läuft nicht ab.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_connection.py" line="112"/>
        <source>{output}: {value}</source>
        <translation>{output}: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="74"/>
        <source>Download secured features</source>
        <translation>Gesicherte Objekte herunterladen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="75"/>
        <source>Copies the features of a token-secured ArcGIS feature layer into a file (GeoPackage unless you choose another format), signed in through a plugin connection.

Give the layer (the output of Load secured ArcGIS layer, or an ArcGIS feature layer of the project) or its URL (…/FeatureServer/0). The server selects the features: an ArcGIS SQL where clause such as category = 'A' AND value &gt; 10, and/or an extent. Layers larger than the server's maxRecordCount are read in batches. Empty field selection: every field; the object id field is always kept.</source>
        <translation>Kopiert die Objekte eines per Token gesicherten ArcGIS-Feature-Layers in eine Datei (GeoPackage, sofern Sie kein anderes Format wählen), angemeldet über eine Verbindung der Erweiterung.

Geben Sie den Layer an (die Ausgabe von Gesicherten ArcGIS-Layer laden oder einen ArcGIS-Feature-Layer des Projekts) oder seine URL (…/FeatureServer/0). Der Server wählt die Objekte aus: mit einer ArcGIS-SQL-Where-Klausel wie category = 'A' AND value &gt; 10 und/oder einer Ausdehnung. Layer, die größer als das maxRecordCount des Servers sind, werden in Teilen gelesen. Leere Feldauswahl: alle Felder; das Objekt-ID-Feld wird immer behalten.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="86"/>
        <source>Secured feature layer</source>
        <translation>Gesicherter Feature-Layer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="89"/>
        <source>An ArcGIS feature layer (arcgisfeatureserver), e.g. from Load secured ArcGIS layer.</source>
        <translation>Ein ArcGIS-Feature-Layer (arcgisfeatureserver), z. B. aus Gesicherten ArcGIS-Layer laden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="96"/>
        <source>…or the layer's URL</source>
        <translation>…oder die URL des Layers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="99"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt;, instead of a layer.</source>
        <translation>…/rest/services/&lt;Name&gt;/FeatureServer/&lt;Layer-ID&gt;, statt eines Layers.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="30"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="109"/>
        <source>Where clause (ArcGIS SQL)</source>
        <translation>Where-Klausel (ArcGIS-SQL)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="112"/>
        <source>Evaluated by the server. Empty: every feature.</source>
        <translation>Wird vom Server ausgewertet. Leer: alle Objekte.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="116"/>
        <source>Only features intersecting this extent</source>
        <translation>Nur Objekte, die diese Ausdehnung schneiden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="122"/>
        <source>Fields to keep</source>
        <translation>Zu behaltende Felder</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="130"/>
        <source>Downloaded features</source>
        <translation>Heruntergeladene Objekte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="170"/>
        <source>Number of features downloaded</source>
        <translation>Anzahl heruntergeladener Objekte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="235"/>
        <source>Writing the features failed: {reason}</source>
        <translation>Das Schreiben der Objekte ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="334"/>
        <source>Give either a layer or a URL, not both.</source>
        <translation>Geben Sie entweder einen Layer oder eine URL an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="339"/>
        <source>Choose a secured ArcGIS feature layer, or give its URL.</source>
        <translation>Wählen Sie einen gesicherten ArcGIS-Feature-Layer oder geben Sie seine URL an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="346"/>
        <source>“{layer}” is not an ArcGIS feature layer: this algorithm downloads from ArcGIS feature services. To copy other layers, use Save vector features to file.</source>
        <translation>„{layer}“ ist kein ArcGIS-Feature-Layer: Dieser Algorithmus lädt aus ArcGIS-Feature-Services herunter. Um andere Layer zu kopieren, verwenden Sie Vektorobjekte in Datei speichern.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="69"/>
        <source>{url} is not an ArcGIS feature layer: give a layer's URL, such as …/FeatureServer/0.</source>
        <translation>{url} ist kein ArcGIS-Feature-Layer: Geben Sie die URL eines Layers an, etwa …/FeatureServer/0.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="81"/>
        <source>The layer {url} has no object id field; the plugin cannot page through it.</source>
        <translation>Der Layer {url} hat kein Objekt-ID-Feld; die Erweiterung kann ihn nicht seitenweise lesen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="127"/>
        <source>The layer has no field {unknown}. Its fields: {known}.</source>
        <translation>Der Layer hat kein Feld {unknown}. Seine Felder: {known}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="167"/>
        <source>{server} did not list the matching features&apos; ids.</source>
        <translation>{server} hat die IDs der passenden Objekte nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="205"/>
        <source>{server} answered a query without features.</source>
        <translation>{server} hat eine Abfrage ohne Objekte beantwortet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="31"/>
        <source>Get ArcGIS token</source>
        <translation>ArcGIS-Token abrufen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="32"/>
        <source>Signs in and returns a token, for scripts and jobs that call ArcGIS REST services themselves.

With a connection, the token is the one the plugin sends for that server: the same as layers get, renewed while QGIS runs. With a URL, a user name and a password, it signs in once with those (the token lives for the chosen number of minutes).

The TOKEN output is a secret: anyone holding it acts as you until EXPIRES (UTC; empty: never). Send it in the X-Esri-Authorization header, not in URLs, with the Referer given by REFERER if that is not empty.

The algorithm never writes the token to its log, but QGIS shows results: the algorithm dialog prints them and, from QGIS 3.24 on, keeps them in the Processing history; processing.run prints them to the feedback it is given (pass QgsProcessingFeedback(False) to keep them out of the message log). Where the token must not be kept, run the algorithm from Python or qgis_process.</source>
        <translation>Meldet sich an und gibt ein Token zurück, für Skripte und Jobs, die ArcGIS-REST-Dienste selbst aufrufen.

Mit einer Verbindung ist das Token dasjenige, das die Erweiterung an diesen Server sendet: dasselbe, das die Layer erhalten, erneuert, solange QGIS läuft. Mit einer URL, einem Benutzernamen und einem Passwort meldet sich der Algorithmus einmal damit an (das Token gilt für die gewählte Anzahl Minuten).

Die Ausgabe TOKEN ist ein Geheimnis: Wer sie besitzt, handelt bis EXPIRES (UTC; leer: nie) in Ihrem Namen. Senden Sie sie im Header X-Esri-Authorization, nicht in URLs, mit dem Referer aus REFERER, wenn dieser nicht leer ist.

Der Algorithmus schreibt das Token nie in sein Protokoll, aber QGIS zeigt Ergebnisse an: Der Algorithmusdialog gibt sie aus und speichert sie ab QGIS 3.24 im Verarbeitungsverlauf; processing.run gibt sie an das übergebene Feedback aus (übergeben Sie QgsProcessingFeedback(False), um sie aus dem Protokoll herauszuhalten). Wo das Token nicht gespeichert werden darf, führen Sie den Algorithmus aus Python oder mit qgis_process aus.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="51"/>
        <source>With a connection: the server, service or layer the token is for, when it is not the connection&apos;s own server (a server federated with its portal). Without one: where to sign in.</source>
        <translation>Mit einer Verbindung: der Server, Dienst oder Layer, für den das Token bestimmt ist, wenn es nicht der eigene Server der Verbindung ist (ein mit ihrem Portal föderierter Server). Ohne Verbindung: wo die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="59"/>
        <source>Token lifetime in minutes (without a connection)</source>
        <translation>Token-Lebensdauer in Minuten (ohne Verbindung)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="65"/>
        <source>Servers may cap it. A connection&apos;s tokens live as long as the connection says.</source>
        <translation>Server können sie begrenzen. Die Token einer Verbindung gelten so lange, wie die Verbindung es festlegt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="73"/>
        <source>Token (secret: treat it like a password)</source>
        <translation>Token (geheim: wie ein Passwort behandeln)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="74"/>
        <source>Expires (UTC, ISO 8601; empty: never)</source>
        <translation>Läuft ab (UTC, ISO 8601; leer: nie)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="75"/>
        <source>Server the token is for</source>
        <translation>Server, für den das Token gilt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="76"/>
        <source>Referer to send with the token (empty: none)</source>
        <translation>Mit dem Token zu sendender Referer (leer: keiner)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="96"/>
        <source>Signed in to {server}; the token expires {expires}.</source>
        <translation>Bei {server} angemeldet; das Token läuft am {expires} ab.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_token.py" line="100"/>
        <source>Signed in to {server}; the token does not expire.</source>
        <translation>Bei {server} angemeldet; das Token läuft nicht ab.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="56"/>
        <source>{url} is not an ArcGIS service URL: give a …/FeatureServer/&lt;layer&gt; or …/MapServer URL.</source>
        <translation>{url} ist keine URL eines ArcGIS-Dienstes: Geben Sie eine URL …/FeatureServer/&lt;Layer&gt; oder …/MapServer an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="65"/>
        <source>{url} is not a service or layer URL: it should end in …/{kind}[/&lt;id&gt;].</source>
        <translation>{url} ist keine Dienst- oder Layer-URL: Sie sollte auf …/{kind}[/&lt;ID&gt;] enden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="77"/>
        <source>Load secured ArcGIS layer</source>
        <translation>Gesicherten ArcGIS-Layer laden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="78"/>
        <source>Makes a QGIS layer of a token-secured ArcGIS service, signed in through a plugin connection.

URL: a feature layer (…/FeatureServer/0) gives a vector layer; a map service (…/MapServer) gives the image of its first layer, and …/MapServer/2 the image of layer 2. A …/FeatureServer URL without a layer id works when the service has a single layer.

The layer keeps only the connection's id (authcfg), never a token or password; the plugin keeps its token fresh. In a model, feed the output to Download secured features.</source>
        <translation>Erstellt einen QGIS-Layer aus einem per Token gesicherten ArcGIS-Dienst, angemeldet über eine Verbindung der Erweiterung.

URL: Ein Feature-Layer (…/FeatureServer/0) ergibt einen Vektorlayer; ein Kartendienst (…/MapServer) ergibt das Bild seines ersten Layers und …/MapServer/2 das Bild von Layer 2. Eine …/FeatureServer-URL ohne Layer-ID funktioniert, wenn der Dienst nur einen Layer hat.

Der Layer speichert nur die ID der Verbindung (authcfg), nie ein Token oder Passwort; die Erweiterung hält sein Token aktuell. Geben Sie die Ausgabe in einem Modell an Gesicherte Objekte herunterladen weiter.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="89"/>
        <source>Service or layer URL</source>
        <translation>URL des Dienstes oder Layers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="92"/>
        <source>…/rest/services/&lt;name&gt;/FeatureServer/&lt;layer id&gt; or …/rest/services/&lt;name&gt;/MapServer</source>
        <translation>…/rest/services/&lt;Name&gt;/FeatureServer/&lt;Layer-ID&gt; oder …/rest/services/&lt;Name&gt;/MapServer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="103"/>
        <source>Layer name</source>
        <translation>Layername</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="106"/>
        <source>Empty: the service&apos;s name.</source>
        <translation>Leer: der Name des Dienstes.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="108"/>
        <source>Secured layer</source>
        <translation>Gesicherter Layer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="121"/>
        <source>Signing in with the connection “{connection}”…</source>
        <translation>Anmeldung mit der Verbindung „{connection}“…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="133"/>
        <source>QGIS could not open {url} through the connection “{connection}”, which signed in; the message log has QGIS's details.</source>
        <translation>QGIS konnte {url} über die Verbindung „{connection}“ nicht öffnen, obwohl die Anmeldung gelang; Details von QGIS stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="143"/>
        <source>Loaded {url} through the connection “{connection}”.</source>
        <translation>{url} über die Verbindung „{connection}“ geladen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="157"/>
        <source>The service has several layers or none ({layers}): add the layer id to the URL.</source>
        <translation>Der Dienst hat mehrere Layer oder keinen ({layers}): Fügen Sie der URL die Layer-ID hinzu.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_layer.py" line="157"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="31"/>
        <source>ArcGIS Token Auth</source>
        <translation>ArcGIS Token Auth</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="34"/>
        <source>Server, service or layer URL</source>
        <translation>URL des Servers, Dienstes oder Layers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="39"/>
        <source>User name (without a connection)</source>
        <translation>Benutzername (ohne Verbindung)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="44"/>
        <source>Sign in with this user name and the password below instead of a connection.</source>
        <translation>Mit diesem Benutzernamen und dem Passwort unten statt mit einer Verbindung anmelden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="51"/>
        <source>Password (without a connection)</source>
        <translation>Passwort (ohne Verbindung)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="56"/>
        <source>QGIS shows and stores it as &lt;hidden&gt; (log, history, copied commands). Prefer a connection: its password stays encrypted in QGIS&apos;s authentication database.</source>
        <translation>QGIS zeigt und speichert es als &lt;hidden&gt; (Protokoll, Verlauf, kopierte Befehle). Verwenden Sie besser eine Verbindung: Ihr Passwort bleibt verschlüsselt in der QGIS-Authentifizierungsdatenbank.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="81"/>
        <source>The password is never kept in QGIS&apos;s Processing history or in copied commands: enter it again.</source>
        <translation>Das Passwort wird nie im Verarbeitungsverlauf von QGIS oder in kopierten Befehlen gespeichert: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="89"/>
        <source>Give either a connection, or a user name and password, not both.</source>
        <translation>Geben Sie entweder eine Verbindung oder Benutzername und Passwort an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="98"/>
        <source>Signing in without a connection needs the URL, the user name and the password.</source>
        <translation>Eine Anmeldung ohne Verbindung braucht die URL, den Benutzernamen und das Passwort.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sign_in.py" line="106"/>
        <source>Choose a connection, or give a URL. {connections}</source>
        <translation>Wählen Sie eine Verbindung oder geben Sie eine URL an. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="135"/>
        <source>Format of the server&apos;s answers</source>
        <translation>Format der Serverantworten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="135"/>
        <source>Automatic: PBF where the layer offers it</source>
        <translation>Automatisch: PBF, wo der Layer es anbietet</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="152"/>
        <source>Pages requested at once</source>
        <translation>Gleichzeitig angeforderte Seiten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="160"/>
        <source>At most this many pages of features on their way at once (1: one after the other). Fewer are asked for while the server answers errors or slows down.</source>
        <translation>Höchstens so viele Seiten mit Objekten gleichzeitig unterwegs (1: eine nach der anderen). Solange der Server Fehler meldet oder langsamer wird, werden weniger angefordert.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="202"/>
        <source>Continuing the interrupted download into {output}: {done} of {count} features are there.</source>
        <translation>Der unterbrochene Download nach {output} wird fortgesetzt: {done} von {count} Objekten sind bereits dort.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="211"/>
        <source>{count} features of “{layer}” match; downloading up to {batch} at a time, {pages} pages at once, in {format}.</source>
        <translation>{count} Objekte von „{layer}“ passen; Download in Portionen von höchstens {batch}, {pages} Seiten gleichzeitig, als {format}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="252"/>
        <source>Cancelled: {count} features were written. {resume}</source>
        <translation>Abgebrochen: {count} Objekte wurden geschrieben. {resume}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="259"/>
        <source>{count} features downloaded ({rate} features per second).</source>
        <translation>{count} Objekte heruntergeladen ({rate} Objekte pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="274"/>
        <source>{output} holds an interrupted download of something else (its {what} differ): choose another output, or delete it to start over.</source>
        <translation>{output} enthält den unterbrochenen Download von etwas anderem (abweichend: {what}): Wählen Sie eine andere Ausgabe oder löschen Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="302"/>
        <source>PBF cannot be read here ({reason}): downloading in JSON.</source>
        <translation>PBF kann hier nicht gelesen werden ({reason}): Download als JSON.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="62"/>
        <source>Run the download again with the same output to continue where it stopped.</source>
        <translation>Starten Sie den Download mit derselben Ausgabe erneut, um dort weiterzumachen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="400"/>
        <source>{written} of {total} features, {rate} features per second</source>
        <translation>{written} von {total} Objekten, {rate} Objekte pro Sekunde</translation>
    </message>
    <message>
        <location filename="../plugin/processing/resume.py" line="97"/>
        <source>{output} holds an interrupted download that cannot be continued (it has no {field} field): delete it, or choose another output.</source>
        <translation>{output} enthält einen unterbrochenen Download, der nicht fortgesetzt werden kann (er hat kein Feld {field}): Löschen Sie ihn oder wählen Sie eine andere Ausgabe.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download_features.py" line="145"/>
        <source>PBF (protocol buffers, ArcGIS Server 10.7 and later, ArcGIS Online) answers are under half the size of JSON&apos;s; coordinates come quantised by the server. A server that refuses PBF gets JSON.</source>
        <translation>PBF-Antworten (Protocol Buffers, ArcGIS Server 10.7 und neuer, ArcGIS Online) sind weniger als halb so groß wie JSON-Antworten; die Koordinaten quantisiert der Server. Ein Server, der PBF ablehnt, bekommt JSON.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="41"/>
        <source>The plugin connection to the portal or ArcGIS Online organisation that holds the web map. In qgis_process give its name or its id.</source>
        <translation>Die Verbindung der Erweiterung zum Portal oder zur ArcGIS-Online-Organisation mit der Webkarte. Geben Sie in qgis_process ihren Namen oder ihre ID an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="56"/>
        <source>Load ArcGIS Web Map</source>
        <translation>ArcGIS-Webkarte laden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="57"/>
        <source>Opens a Web Map of an ArcGIS Enterprise portal or ArcGIS Online as a group of QGIS layers: its layers in its order and groups, with their titles, visibility, opacity, scale ranges and definition expressions, and its basemap.

Web Map item: the item's id, or the address of its item page (…/home/item.html?id=…).

Project file: empty adds the group to the current project; a .qgz or .qgs path saves a project holding only the web map (what qgis_process needs).

Layers that QGIS cannot show as the web map does are listed in the log and in the “Not represented” output. Secured layers keep only the connection's id (authcfg).</source>
        <translation>Öffnet eine Webkarte eines ArcGIS-Enterprise-Portals oder von ArcGIS Online als Gruppe von QGIS-Layern: ihre Layer in ihrer Reihenfolge und ihren Gruppen, mit Titeln, Sichtbarkeit, Deckkraft, Maßstabsbereichen und Definitionsabfragen sowie ihre Grundkarte.

Webkarten-Element: die ID des Elements oder die Adresse seiner Elementseite (…/home/item.html?id=…).

Projektdatei: Leer fügt die Gruppe dem aktuellen Projekt hinzu; ein .qgz- oder .qgs-Pfad speichert ein Projekt, das nur die Webkarte enthält (das braucht qgis_process).

Layer, die QGIS nicht so darstellen kann wie die Webkarte, werden im Protokoll und in der Ausgabe „Nicht dargestellte Layer“ aufgeführt. Gesicherte Layer speichern nur die ID der Verbindung (authcfg).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="76"/>
        <source>Web Map item</source>
        <translation>Webkarten-Element</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="79"/>
        <source>The item id (32 characters), or its item page&apos;s address.</source>
        <translation>Die Element-ID (32 Zeichen) oder die Adresse der Elementseite.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="85"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="85"/>
        <source>QGIS projects (*.qgz *.qgs)</source>
        <translation>QGIS-Projekte (*.qgz *.qgs)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="94"/>
        <source>Web map layers</source>
        <translation>Layer der Webkarte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="99"/>
        <source>Not represented</source>
        <translation>Nicht dargestellte Layer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="113"/>
        <source>“{item}” is not a Web Map item: give its id (32 characters) or its item page's address.</source>
        <translation>„{item}“ ist kein Webkarten-Element: Geben Sie seine ID (32 Zeichen) oder die Adresse seiner Elementseite an.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="121"/>
        <source>Choose the connection to the portal that holds the web map. {connections}</source>
        <translation>Wählen Sie die Verbindung zu dem Portal, das die Webkarte enthält. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="133"/>
        <source>Opening the web map “{title}”…</source>
        <translation>Webkarte „{title}“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="150"/>
        <source>QGIS could not write the project {path}: {error}</source>
        <translation>QGIS konnte das Projekt {path} nicht schreiben: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/load_web_map.py" line="160"/>
        <source>Opened the web map “{title}”: {count} layers.</source>
        <translation>Webkarte „{title}“ geöffnet: {count} Layer.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/feature_service.py" line="211"/>
        <source>{server} answered a query without the object id field {field}.</source>
        <translation>{server} hat eine Abfrage ohne das Objekt-ID-Feld {field} beantwortet.</translation>
    </message>
</context>
<context>
    <name>ArcGISTokenAuthPki</name>
    <message>
        <location filename="../plugin/integration/pki.py" line="47"/>
        <source>QGIS&apos;s authentication database has no configuration {id}</source>
        <translation>die QGIS-Authentifizierungsdatenbank enthält keine Konfiguration {id}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="57"/>
        <source>the identity of configuration {id} is gone</source>
        <translation>die Identität der Konfiguration {id} ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="69"/>
        <source>configuration {id} is not a client certificate</source>
        <translation>die Konfiguration {id} ist kein Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="83"/>
        <source>the certificate or key of configuration {id} could not be read (its passphrase?)</source>
        <translation>Zertifikat oder Schlüssel der Konfiguration {id} konnten nicht gelesen werden (die Passphrase?)</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="92"/>
        <source>the certificate of configuration {id} expired on {date}</source>
        <translation>das Zertifikat der Konfiguration {id} ist am {date} abgelaufen</translation>
    </message>
    <message>
        <location filename="../plugin/integration/service.py" line="501"/>
        <source>QGIS&apos;s master password is needed</source>
        <translation>das QGIS-Master-Passwort wird benötigt</translation>
    </message>
    <message>
        <location filename="../plugin/integration/pki.py" line="74"/>
        <source>the key of configuration {id} is protected by a passphrase that is not stored with it: store it in the configuration (Settings &gt; Options &gt; Authentication), or enter it when QGIS desktop asks for it</source>
        <translation>der Schlüssel der Konfiguration {id} ist mit einer Passphrase geschützt, die nicht mit ihr gespeichert ist: Speichern Sie sie in der Konfiguration (Einstellungen &gt; Optionen &gt; Authentifizierung) oder geben Sie sie ein, wenn QGIS Desktop danach fragt</translation>
    </message>
</context>
<context>
    <name>ArcGISWebMap</name>
    <message>
        <location filename="../plugin/core/webmap.py" line="51"/>
        <source>features stored in the web map</source>
        <translation>in der Webkarte gespeicherte Objekte</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="52"/>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="53"/>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="54"/>
        <source>no layer type</source>
        <translation>kein Layertyp</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="55"/>
        <source>a layer type the plugin does not open</source>
        <translation>ein Layertyp, den die Erweiterung nicht öffnet</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="56"/>
        <source>groups nested too deeply</source>
        <translation>zu tief verschachtelte Gruppen</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="57"/>
        <source>a vector tile style without its service&apos;s address</source>
        <translation>ein Vektorkachelstil ohne die Adresse seines Dienstes</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="58"/>
        <source>a tile address without level, column and row</source>
        <translation>eine Kacheladresse ohne Stufe, Spalte und Zeile</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="59"/>
        <source>a tile address without its sub-domains</source>
        <translation>eine Kacheladresse ohne ihre Subdomains</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="60"/>
        <source>tiles in another tiling scheme than Web Mercator&apos;s</source>
        <translation>Kacheln in einem anderen Kachelschema als dem von Web Mercator</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="61"/>
        <source>a Bing Maps basemap</source>
        <translation>eine Bing-Maps-Grundkarte</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="63"/>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="64"/>
        <source>a KML file</source>
        <translation>eine KML-Datei</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="65"/>
        <source>a GeoJSON file</source>
        <translation>eine GeoJSON-Datei</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="66"/>
        <source>a GeoRSS feed</source>
        <translation>ein GeoRSS-Feed</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="67"/>
        <source>a WMS service</source>
        <translation>ein WMS-Dienst</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="68"/>
        <source>a WFS service</source>
        <translation>ein WFS-Dienst</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="69"/>
        <source>an OGC API - Features collection</source>
        <translation>eine Collection (OGC API - Features)</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="70"/>
        <source>a stream service</source>
        <translation>ein Stream-Service</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="71"/>
        <source>an image service drawn as vectors</source>
        <translation>ein als Vektoren gezeichneter Bilddienst</translation>
    </message>
    <message>
        <location filename="../plugin/core/webmap.py" line="72"/>
        <source>a layer drawn by subtype</source>
        <translation>ein nach Subtyp gezeichneter Layer</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="42"/>
        <source>QGIS could not open it</source>
        <translation>QGIS konnte ihn nicht öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="43"/>
        <source>shown unfiltered: QGIS could not apply its definition expression</source>
        <translation>ungefiltert dargestellt: QGIS konnte seine Definitionsabfrage nicht anwenden</translation>
    </message>
    <message>
        <location filename="../plugin/integration/web_maps.py" line="90"/>
        <source>Basemap</source>
        <translation>Grundkarte</translation>
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
        <translation>Diese Adresse empfängt nur die Antwort einer Anmeldung.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="282"/>
        <source>Nothing to do here</source>
        <translation>Hier gibt es nichts zu tun</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="283"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="293"/>
        <source>This sign-in has already ended. Return to QGIS.</source>
        <translation>Diese Anmeldung ist bereits beendet. Kehren Sie zu QGIS zurück.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="294"/>
        <source>Sign-in already handled</source>
        <translation>Anmeldung bereits verarbeitet</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="303"/>
        <source>Signed in as {name}. You can close this tab and return to QGIS.</source>
        <translation>Angemeldet als {name}. Sie können diesen Tab schließen und zu QGIS zurückkehren.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="306"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="332"/>
        <source>Wrong address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="332"/>
        <source>Open this page at the address the sign-in redirected to.</source>
        <translation>Öffnen Sie diese Seite unter der Adresse, an die die Anmeldung weitergeleitet hat.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/browser_signin.py" line="338"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="146"/>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="180"/>
        <source>Editable on the server, but not in this QGIS: editing needs QGIS 3.28 or later.</source>
        <translation>Auf dem Server bearbeitbar, aber nicht in diesem QGIS: Zum Bearbeiten ist QGIS 3.28 oder neuer nötig.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="97"/>
        <source>New ArcGIS Connection</source>
        <translation>Neue ArcGIS-Verbindung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="168"/>
        <source>The OS keyring cannot be used: {reason}.</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="124"/>
        <source>Both keep the secret encrypted; neither puts it in a project file.</source>
        <translation>Beide speichern das Geheimnis verschlüsselt; keiner schreibt es in eine Projektdatei.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="177"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="304"/>
        <source>Unchanged: type only to replace the stored one</source>
        <translation>Unverändert: nur eingeben, um den gespeicherten Wert zu ersetzen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="352"/>
        <source>Check the URL</source>
        <translation>Prüfen Sie die URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="443"/>
        <source>Incomplete connection</source>
        <translation>Unvollständige Verbindung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="362"/>
        <source>Enter the referer, or bind the tokens to this computer&apos;s IP address.</source>
        <translation>Geben Sie den Referer ein oder binden Sie die Token an die IP-Adresse dieses Computers.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="463"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="463"/>
        <source>The OS keyring did not accept the secret ({error}).</source>
        <translation>Der Schlüsselbund des Betriebssystems hat das Geheimnis nicht angenommen ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="546"/>
        <source>Connecting to {server}…</source>
        <translation>Verbindung zu {server} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="547"/>
        <source>Testing the ArcGIS connection “{connection}”</source>
        <translation>ArcGIS-Verbindung „{connection}“ wird getestet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="563"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="611"/>
        <source>Test failed</source>
        <translation>Test fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="581"/>
        <source>The reason and what to do are under “Test”.</source>
        <translation>Ursache und Abhilfe stehen unter „Test“.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="590"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="593"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="595"/>
        <source>{moment} (in {time_left})</source>
        <translation>{moment} (in {time_left})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="601"/>
        <source>Signed in to {server}.</source>
        <translation>Bei {server} angemeldet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="600"/>
        <source>Test passed: signed in to {server}.</source>
        <translation>Test erfolgreich: bei {server} angemeldet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="608"/>
        <source>The test stopped on an internal error ({error}); the message log has the details.</source>
        <translation>Der Test wurde durch einen internen Fehler abgebrochen ({error}); Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="14"/>
        <source>ArcGIS Connection</source>
        <translation>ArcGIS-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="499"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="71"/>
        <source>e.g. City GIS</source>
        <translation>z. B. Stadt-GIS</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="78"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="95"/>
        <source>The address of any service, folder or server, of an ArcGIS Enterprise portal or of an ArcGIS Online organisation.</source>
        <translation>Die Adresse eines beliebigen Dienstes, Ordners oder Servers, eines ArcGIS-Enterprise-Portals oder einer ArcGIS-Online-Organisation.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="173"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="179"/>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="192"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="205"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="218"/>
        <source>Keep it in</source>
        <translation>Aufbewahren in</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="313"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="325"/>
        <source>Token bound to</source>
        <translation>Token gebunden an</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="338"/>
        <source>Referer</source>
        <translation>Referer</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="351"/>
        <source>Send the token as</source>
        <translation>Token senden als</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="364"/>
        <source>Token lifetime</source>
        <translation>Token-Gültigkeitsdauer</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="374"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="390"/>
        <source>Allow plain HTTP (unencrypted)</source>
        <translation>Unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="397"/>
        <source>Over plain HTTP, your password and the tokens travel unencrypted: anyone on the network path can read and reuse them. Use it only on a network you trust.</source>
        <translation>Über unverschlüsseltes HTTP werden Ihr Passwort und die Token im Klartext übertragen: Jeder auf dem Netzwerkweg kann sie mitlesen und wiederverwenden. Verwenden Sie es nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="410"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="418"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="435"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="513"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="527"/>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="544"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="561"/>
        <source>Token sent as</source>
        <translation>Token gesendet als</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="575"/>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="487"/>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="519"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="523"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="525"/>
        <source>Signed in as {user}</source>
        <translation>Angemeldet als {user}</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="253"/>
        <source>Sign in with browser</source>
        <translation>Mit Browser anmelden</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="277"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="378"/>
        <source>Check the referer</source>
        <translation>Referer prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="379"/>
        <source>The referer cannot hold “{character}”: it is sent as an HTTP header, which carries only printable Latin-1 characters (letters, digits, punctuation such as - . / :).</source>
        <translation>Der Referer darf „{character}“ nicht enthalten: Er wird als HTTP-Header gesendet, der nur druckbare Latin-1-Zeichen tragen kann (Buchstaben, Ziffern, Satzzeichen wie - . / :).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="386"/>
        <source>Check “{field}”</source>
        <translation>„{field}“ prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="387"/>
        <source>“{field}” cannot hold an invisible or control character ({character}).</source>
        <translation>„{field}“ darf kein unsichtbares oder Steuerzeichen enthalten ({character}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="137"/>
        <source>Not with a Basic or Windows web tier: it takes the Authorization header.</source>
        <translation>Nicht mit einer Webserver-Ebene Basic oder Windows: Sie belegt den Authorization-Header.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="151"/>
        <source>{id} (no longer in QGIS&apos;s authentication database)</source>
        <translation>{id} (nicht mehr in der QGIS-Authentifizierungsdatenbank)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="155"/>
        <source>Your certificates in QGIS&apos;s authentication database (Settings &gt; Options &gt; Authentication).</source>
        <translation>Ihre Zertifikate in der QGIS-Authentifizierungsdatenbank (Einstellungen &gt; Optionen &gt; Authentifizierung).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="162"/>
        <source>QGIS&apos;s authentication database holds no client certificate yet: add one under Settings &gt; Options &gt; Authentication (PKI paths, PKI PKCS#12 or an identity certificate), then open this form again.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank enthält noch kein Client-Zertifikat: Fügen Sie eines unter Einstellungen &gt; Optionen &gt; Authentifizierung hinzu (PKI-Pfade, PKI PKCS#12 oder ein Identitätszertifikat) und öffnen Sie dieses Formular dann erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="296"/>
        <source>DOMAIN\user</source>
        <translation>DOMÄNE\benutzer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="400"/>
        <source>Check the web tier</source>
        <translation>Webserver-Ebene prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="402"/>
        <source>“Signed in by the web tier” needs a web tier: choose what it asks for, or another way to sign in.</source>
        <translation>„Angemeldet durch die Webserver-Ebene“ erfordert eine Webserver-Ebene: Wählen Sie, was sie verlangt, oder eine andere Art der Anmeldung.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="405"/>
        <source>A Basic or Windows web tier signs you in with the user name and password: choose “Signed in by the web tier”.</source>
        <translation>Eine Webserver-Ebene Basic oder Windows meldet Sie mit dem Benutzernamen und dem Passwort an: Wählen Sie „Angemeldet durch die Webserver-Ebene“.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="410"/>
        <source>Check “Send the token as”</source>
        <translation>„Token senden als“ prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="410"/>
        <source>A Basic or Windows web tier takes the Authorization header: the token travels in X-Esri-Authorization (choose it, or Automatic).</source>
        <translation>Eine Webserver-Ebene Basic oder Windows belegt den Authorization-Header: Das Token wird in X-Esri-Authorization übertragen (wählen Sie das oder Automatisch).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="414"/>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connection_editor.py" line="414"/>
        <source>Choose the client certificate the web tier asks for.</source>
        <translation>Wählen Sie das Client-Zertifikat, das die Webserver-Ebene verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="108"/>
        <source>Web tier</source>
        <translation>Webserver-Ebene</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="120"/>
        <source>Only if your administrator put a web tier in front of ArcGIS (IIS with the ArcGIS Web Adaptor, or a reverse proxy): it asks for a client certificate, or for Windows or Basic credentials, before ArcGIS sees a request, and ArcGIS issues the token to the user it let through. The token then travels in the X-Esri-Authorization header: Authorization belongs to the web tier.</source>
        <translation>Nur wenn Ihre Administration ArcGIS eine Webserver-Ebene vorgeschaltet hat (IIS mit dem ArcGIS Web Adaptor oder ein Reverse Proxy): Sie verlangt ein Client-Zertifikat oder Windows- bzw. Basic-Zugangsdaten, bevor ArcGIS eine Anfrage sieht, und ArcGIS stellt das Token für den Benutzer aus, den sie durchgelassen hat. Das Token wird dann im X-Esri-Authorization-Header übertragen: Authorization gehört der Webserver-Ebene.</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="130"/>
        <source>Asks for</source>
        <translation>Verlangt</translation>
    </message>
    <message>
        <location filename="../ui/connection_editor.ui" line="150"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="137"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="178"/>
        <source>Renew Now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="142"/>
        <source>Sign In Now</source>
        <translation>Jetzt anmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="177"/>
        <source>Signed out of “{connection}” and forgot its stored secret: the next sign-in asks for it.</source>
        <translation>Von „{connection}“ abgemeldet und das gespeicherte Geheimnis vergessen: Die nächste Anmeldung fragt danach.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="179"/>
        <source>Signed out of “{connection}”. Its layers sign in again when they next need a token.</source>
        <translation>Von „{connection}“ abgemeldet. Die zugehörigen Layer melden sich wieder an, sobald sie ein Token benötigen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="188"/>
        <source>Signed in to “{connection}”; the token does not expire.</source>
        <translation>Bei „{connection}“ angemeldet; das Token läuft nicht ab.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="190"/>
        <source>Signed in to “{connection}”; the new token expires at {expires}.</source>
        <translation>Bei „{connection}“ angemeldet; das neue Token läuft am {expires} ab.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="198"/>
        <source>“{connection}” could not sign in</source>
        <translation>„{connection}“ konnte sich nicht anmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="247"/>
        <source>Saved “{connection}”.</source>
        <translation>„{connection}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="253"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="253"/>
        <source>Delete “{connection}”? Its stored credentials are deleted too, and layers that use it will no longer sign in.</source>
        <translation>„{connection}“ löschen? Die gespeicherten Zugangsdaten werden ebenfalls gelöscht, und Layer, die die Verbindung verwenden, können sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="282"/>
        <source>Deleted “{connection}”.</source>
        <translation>„{connection}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="284"/>
        <source>Removed from QGIS&apos;s Browser: {servers}.</source>
        <translation>Aus dem QGIS-Browser entfernt: {servers}.</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="14"/>
        <source>ArcGIS Connections</source>
        <translation>ArcGIS-Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="30"/>
        <source>Each connection signs in to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online and keeps its token fresh. Layers that use the connection get the token automatically.</source>
        <translation>Jede Verbindung meldet sich bei einem ArcGIS Server, einem ArcGIS-Enterprise-Portal oder bei ArcGIS Online an und hält ihr Token aktuell. Layer, die die Verbindung verwenden, erhalten das Token automatisch.</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="66"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="73"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="80"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="87"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="111"/>
        <source>Token status</source>
        <translation>Token-Status</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="119"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="133"/>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="147"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="185"/>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/connections_dialog.ui" line="192"/>
        <source>Also forget the stored password, API key or client secret</source>
        <translation>Auch das gespeicherte Passwort, den API-Schlüssel oder das Client-Secret vergessen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="204"/>
        <source>“{connection}” needs a browser sign-in</source>
        <translation>„{connection}“ muss sich im Browser anmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/connections_dialog.py" line="204"/>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContentBrowser</name>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Content</source>
        <translation>Meine Inhalte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Groups</source>
        <translation>Meine Gruppen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>My Organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="136"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="143"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="252"/>
        <source>Choose a connection to an ArcGIS Enterprise portal or ArcGIS Online to browse its items.</source>
        <translation>Wählen Sie eine Verbindung zu einem ArcGIS-Enterprise-Portal oder zu ArcGIS Online, um die Elemente zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="258"/>
        <source>“{connection}” is not signed in, so its items cannot be listed. Once it can sign in, read them with the refresh button.</source>
        <translation>„{connection}“ ist nicht angemeldet, daher können die Elemente nicht aufgelistet werden. Sobald die Anmeldung möglich ist, lesen Sie sie mit der Schaltfläche zum Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="287"/>
        <source>Reading the content of “{connection}”</source>
        <translation>Inhalte von „{connection}“ werden gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="288"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="313"/>
        <source>The content of “{connection}” could not be read</source>
        <translation>Die Inhalte von „{connection}“ konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="325"/>
        <source>{username} (root folder)</source>
        <translation>{username} (Stammordner)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="333"/>
        <source>You are in no group</source>
        <translation>Sie sind in keiner Gruppe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="357"/>
        <source>A search looks in all your folders.</source>
        <translation>Eine Suche durchsucht alle Ihre Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="57"/>
        <source>The folder of your content, or the group, to list</source>
        <translation>Der Ordner Ihrer Inhalte oder die Gruppe, die aufgelistet werden soll</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="384"/>
        <source>Searching “{connection}”</source>
        <translation>„{connection}“ wird durchsucht</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="385"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="407"/>
        <source>The items could not be listed</source>
        <translation>Die Elemente konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="414"/>
        <source>No items</source>
        <translation>Keine Elemente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="416"/>
        <source>{shown} of {total} items</source>
        <translation>{shown} von {total} Elementen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="476"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="202"/>
        <source>Show Layers</source>
        <translation>Layer anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="215"/>
        <source>Add Layer</source>
        <translation>Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="228"/>
        <source>Open Web Map</source>
        <translation>Webkarte öffnen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="241"/>
        <source>Open as New Project</source>
        <translation>Als neues Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="627"/>
        <source>Adding “{title}”</source>
        <translation>„{title}“ wird hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="639"/>
        <source>Layer “{title}” added to the project.</source>
        <translation>Layer „{title}“ wurde dem Projekt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="641"/>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="641"/>
        <source>QGIS could not open {layers}. The message log has the details.</source>
        <translation>QGIS konnte {layers} nicht öffnen. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="647"/>
        <source>Layer not added</source>
        <translation>Layer nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="676"/>
        <source>Web map “{title}” not opened</source>
        <translation>Webkarte „{title}“ nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="665"/>
        <source>Opening “{title}”</source>
        <translation>„{title}“ wird geöffnet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="676"/>
        <source>The current project was kept.</source>
        <translation>Das aktuelle Projekt wurde beibehalten.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="682"/>
        <source>Web map “{title}” opened: {count} layers</source>
        <translation>Webkarte „{title}“ geöffnet: {count} Layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/content_browser.py" line="687"/>
        <source>Not shown as in the web map</source>
        <translation>Nicht wie in der Webkarte dargestellt</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="38"/>
        <source>Look in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="64"/>
        <source>Read the portal&apos;s content again</source>
        <translation>Inhalte des Portals erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="75"/>
        <source>Search by title, tag or summary</source>
        <translation>Nach Titel, Tag oder Zusammenfassung suchen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="82"/>
        <source>The type of items to list</source>
        <translation>Typ der aufzulistenden Elemente</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="127"/>
        <source>Read the next page of items and add it to the list</source>
        <translation>Nächste Seite mit Elementen lesen und der Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="130"/>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="172"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="199"/>
        <source>List the layers of the item&apos;s service on the Services tab, to choose the ones to add</source>
        <translation>Die Layer des Dienstes dieses Elements auf der Registerkarte „Dienste“ auflisten, um die hinzuzufügenden auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="212"/>
        <source>Add the vector tile service to the project, drawn with its own style</source>
        <translation>Den Vektorkacheldienst dem Projekt hinzufügen, gezeichnet mit seinem eigenen Stil</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="225"/>
        <source>Add the web map&apos;s layers to this project, as a group named after it</source>
        <translation>Die Layer der Webkarte diesem Projekt hinzufügen, als Gruppe mit ihrem Namen</translation>
    </message>
    <message>
        <location filename="../ui/content_browser.ui" line="238"/>
        <source>Start a new project with the web map&apos;s layers (QGIS asks to save the current one first)</source>
        <translation>Ein neues Projekt mit den Layern der Webkarte beginnen (QGIS fragt zuerst, ob das aktuelle gespeichert werden soll)</translation>
    </message>
</context>
<context>
    <name>CredentialPrompt</name>
    <message>
        <location filename="../plugin/integration/prompt.py" line="111"/>
        <source>Enter your ArcGIS user name and password.</source>
        <translation>Geben Sie Ihren ArcGIS-Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="114"/>
        <source>Enter the API key (in the password field).</source>
        <translation>Geben Sie den API-Schlüssel ein (im Passwortfeld).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="117"/>
        <source>Enter the app&apos;s client ID (user name) and client secret (password).</source>
        <translation>Geben Sie die Client-ID der App (Benutzername) und das Client-Secret (Passwort) ein.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="120"/>
        <source>Enter the credentials.</source>
        <translation>Geben Sie die Zugangsdaten ein.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/prompt.py" line="83"/>
        <source>Enter the key&apos;s passphrase (in the password field).</source>
        <translation>Geben Sie die Passphrase des Schlüssels ein (im Passwortfeld).</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../plugin/gui/feedback.py" line="85"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="116"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../plugin/gui/feedback.py" line="59"/>
        <source>An internal error stopped it ({error}); the message log has the details.</source>
        <translation>Ein interner Fehler hat den Vorgang abgebrochen ({error}); Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>HeadlessError</name>
    <message>
        <location filename="../plugin/integration/headless.py" line="40"/>
        <source>For qgis_process and other runs without a window, write the profile&apos;s master password on the first line of a file only you can read, and set the environment variable QGIS_AUTH_PASSWORD_FILE to its path</source>
        <translation>Für qgis_process und andere Läufe ohne Fenster schreiben Sie das Master-Passwort des Profils in die erste Zeile einer Datei, die nur Sie lesen können, und setzen die Umgebungsvariable QGIS_AUTH_PASSWORD_FILE auf ihren Pfad</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="74"/>
        <source>Several connections are named “{name}”: give the id of one of them ({ids}).</source>
        <translation>Mehrere Verbindungen heißen „{name}“: Geben Sie die ID einer davon an ({ids}).</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="79"/>
        <source>There is no ArcGIS Token Auth connection “{name}”. {connections}</source>
        <translation>Es gibt keine ArcGIS-Token-Auth-Verbindung „{name}“. {connections}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="90"/>
        <source>This QGIS profile has no ArcGIS Token Auth connections yet.</source>
        <translation>Dieses QGIS-Profil hat noch keine ArcGIS-Token-Auth-Verbindungen.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="93"/>
        <source>“{name}” (id {id})</source>
        <translation>„{name}“ (ID {id})</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="95"/>
        <source>Connections in this QGIS profile: {connections}.</source>
        <translation>Verbindungen in diesem QGIS-Profil: {connections}.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="112"/>
        <source>The connection “{name}” does not cover {server}: choose the connection for that server, or leave the connection empty to find it.</source>
        <translation>Die Verbindung „{name}“ deckt {server} nicht ab: Wählen Sie die Verbindung für diesen Server oder lassen Sie die Verbindung leer, um sie zu finden.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="125"/>
        <source>One connection could not sign in: {reason}</source>
        <translation>Eine Verbindung konnte sich nicht anmelden: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="152"/>
        <source>The secret of the connection “{name}” is kept in the OS keyring, which cannot be used here: {reason}. Keep the secret in QGIS's authentication database instead (edit the connection), or run where the keyring is available and unlocked.</source>
        <translation>Das Geheimnis der Verbindung „{name}“ liegt im Schlüsselbund des Betriebssystems, der hier nicht verwendet werden kann: {reason}. Speichern Sie das Geheimnis stattdessen in der QGIS-Authentifizierungsdatenbank (Verbindung bearbeiten) oder führen Sie den Vorgang dort aus, wo der Schlüsselbund verfügbar und entsperrt ist.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="164"/>
        <source>QGIS's authentication database is locked. Layers that sign in through the connection “{name}” carry its authentication configuration, which QGIS opens only with the master password. {unlock_hint}.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank ist gesperrt. Layer, die sich über die Verbindung „{name}“ anmelden, tragen deren Authentifizierungskonfiguration, die QGIS nur mit dem Master-Passwort öffnet. {unlock_hint}.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="172"/>
        <source>QGIS's authentication database is locked, and the secret of the connection “{name}” is kept there. {unlock_hint}; or keep the connection's secret in the OS keyring.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank ist gesperrt, und das Geheimnis der Verbindung „{name}“ liegt darin. {unlock_hint}; oder speichern Sie das Geheimnis der Verbindung im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="181"/>
        <source>The authentication configuration of the connection “{name}” (id {id}) was deleted in QGIS's Authentication settings. Open the connection in the plugin and save it again.</source>
        <translation>Die Authentifizierungskonfiguration der Verbindung „{name}“ (ID {id}) wurde in den Authentifizierungseinstellungen von QGIS gelöscht. Öffnen Sie die Verbindung in der Erweiterung und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="189"/>
        <source>The authentication configuration of the connection “{name}” was edited in QGIS's own EsriToken editor, which drops the plugin's settings. Open the connection in the plugin and save it again.</source>
        <translation>Die Authentifizierungskonfiguration der Verbindung „{name}“ wurde im EsriToken-Editor von QGIS bearbeitet, der die Einstellungen der Erweiterung verwirft. Öffnen Sie die Verbindung in der Erweiterung und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="197"/>
        <source>The authentication configuration of the connection “{name}” cannot be decrypted: check that QGIS_AUTH_PASSWORD_FILE holds this authentication database's master password.</source>
        <translation>Die Authentifizierungskonfiguration der Verbindung „{name}“ kann nicht entschlüsselt werden: Prüfen Sie, ob QGIS_AUTH_PASSWORD_FILE das Master-Passwort dieser Authentifizierungsdatenbank enthält.</translation>
    </message>
    <message>
        <location filename="../plugin/integration/headless.py" line="223"/>
        <source>The connection “{name}” does not cover {server}.</source>
        <translation>Die Verbindung „{name}“ deckt {server} nicht ab.</translation>
    </message>
</context>
<context>
    <name>PluginActions</name>
    <message>
        <location filename="../plugin/gui/actions.py" line="34"/>
        <source>Add Secured ArcGIS Layers…</source>
        <translation>Gesicherte ArcGIS-Layer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="110"/>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="106"/>
        <source>“{connection}” could not sign in</source>
        <translation>„{connection}“ konnte sich nicht anmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="125"/>
        <source>“{connection}” needs a browser sign-in</source>
        <translation>„{connection}“ muss sich im Browser anmelden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="129"/>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/actions.py" line="141"/>
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PortalItems</name>
    <message>
        <location filename="../plugin/gui/models.py" line="245"/>
        <source>Feature Service</source>
        <translation>Feature-Service</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="246"/>
        <source>Map Service</source>
        <translation>Kartendienst</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="247"/>
        <source>Vector Tile Service</source>
        <translation>Vektorkacheldienst</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="248"/>
        <source>Image Service</source>
        <translation>Bilddienst</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="249"/>
        <source>Web Map</source>
        <translation>Webkarte</translation>
    </message>
</context>
<context>
    <name>PortalItemsModel</name>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/models.py" line="309"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../plugin/gui/texts.py" line="33"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="52"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="35"/>
        <source>App credentials (OAuth2 client ID and secret)</source>
        <translation>App-Anmeldedaten (OAuth2-Client-ID und -Secret)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="46"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="47"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="53"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="55"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="60"/>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="61"/>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="66"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="67"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="70"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="75"/>
        <source>QGIS authentication database</source>
        <translation>QGIS-Authentifizierungsdatenbank</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="76"/>
        <source>Operating system keyring</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="100"/>
        <source>Referer (sent with every request)</source>
        <translation>Referer (mit jeder Anfrage gesendet)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="101"/>
        <source>IP address of this computer</source>
        <translation>IP-Adresse dieses Computers</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="107"/>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="108"/>
        <source>X-Esri-Authorization header</source>
        <translation>X-Esri-Authorization-Header</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="109"/>
        <source>Authorization: Bearer header</source>
        <translation>Header Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="111"/>
        <source>token query parameter (old servers)</source>
        <translation>Abfrageparameter token (alte Server)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="129"/>
        <source>ArcGIS Server (standalone)</source>
        <translation>ArcGIS Server (eigenständig)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="130"/>
        <source>ArcGIS Server, federated with a portal</source>
        <translation>ArcGIS Server, mit einem Portal föderiert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="131"/>
        <source>ArcGIS Enterprise portal</source>
        <translation>ArcGIS-Enterprise-Portal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="132"/>
        <source>ArcGIS Online</source>
        <translation>ArcGIS Online</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="138"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="139"/>
        <source>Multipoint</source>
        <translation>Multipunkt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="140"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="141"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="142"/>
        <source>Envelope</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="143"/>
        <source>Table (no geometry)</source>
        <translation>Tabelle (ohne Geometrie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="144"/>
        <source>Drawn by the server</source>
        <translation>Vom Server gezeichnet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="151"/>
        <source>Feature service</source>
        <translation>Feature-Service</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="156"/>
        <source>Map service</source>
        <translation>Kartendienst</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="165"/>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="38"/>
        <source>Browser sign-in (SAML, multifactor)</source>
        <translation>Anmeldung im Browser (SAML, Mehrfaktor)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="68"/>
        <source>Sign in with the browser first.</source>
        <translation>Melden Sie sich zuerst im Browser an.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="110"/>
        <source>Authorization header, token alone</source>
        <translation>Authorization-Header, nur das Token</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="117"/>
        <source>token in the POST body</source>
        <translation>Token im POST-Rumpf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="122"/>
        <source>{layers} (layers), {processing} (Processing)</source>
        <translation>{layers} (Layer), {processing} (Verarbeitung)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="167"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="169"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="171"/>
        <source>{days} d {hours} h</source>
        <translation>{days} T. {hours} Std.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="145"/>
        <source>Vector tiles</source>
        <translation>Vektorkacheln</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="153"/>
        <source>Vector tile service</source>
        <translation>Vektorkacheldienst</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="155"/>
        <source>Image service</source>
        <translation>Bilddienst</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="40"/>
        <source>Signed in by the web tier</source>
        <translation>Angemeldet durch die Webserver-Ebene</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="54"/>
        <source>Web-tier password</source>
        <translation>Passwort der Webserver-Ebene</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="69"/>
        <source>Enter the web-tier password.</source>
        <translation>Geben Sie das Passwort der Webserver-Ebene ein.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="82"/>
        <source>None</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/texts.py" line="83"/>
        <source>Client certificate (PKI)</source>
        <translation>Client-Zertifikat (PKI)</translation>
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
        <translation>Windows (NTLM) benötigt das Python-Paket requests-ntlm, das dem Python von QGIS fehlt: Installieren Sie es (pip install requests-ntlm; unter Windows in der OSGeo4W Shell) und starten Sie QGIS neu.</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <location filename="../plugin/gui/status.py" line="80"/>
        <source>Signed in, the token does not expire</source>
        <translation>Angemeldet, das Token läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="83"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="84"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="85"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status.py" line="81"/>
        <source>Signed in, token expires in {time_left}</source>
        <translation>Angemeldet, Token läuft in {time_left} ab</translation>
    </message>
</context>
</TS>
