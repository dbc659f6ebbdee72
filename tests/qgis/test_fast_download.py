"""*Download secured features*, fast: pages in flight, PBF where offered, written in object-id order,
resumable — in real QGIS against the emulator (JSON and PBF answers, faults, latency)."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from tests.emulator import STANDALONE, Service
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import connect, feature_layer
from tests.qgis.test_processing_algorithms import DOWNLOAD, run

POINTS = "Demo/Points"
PBF_PRECISION = 1e-6  # degrees: the emulator's quantisation (tests/emulator/README.md), far finer than any survey


@pytest.fixture
def plugin(plugin, qgis_processing):
    """The plugin, with QGIS's Processing framework running."""
    return plugin


def download(server, output, service: str = POINTS, feedback=None, **parameters) -> dict:
    url = server.service_url(service, "FeatureServer", 0)
    return run(DOWNLOAD, {"URL": url, "OUTPUT": str(output), **parameters}, feedback or QgsProcessingFeedback(False))


def read_layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "downloaded", "ogr")
    assert layer.isValid(), path
    return layer


def rows(path, id_field: str = "OBJECTID") -> dict[int, tuple]:
    """Each feature by its object id: (attributes without the GeoPackage's fid, geometry)."""
    layer = read_layer(path)
    names = [field.name() for field in layer.fields() if field.name() != "fid"]
    found = {}
    for feature in layer.getFeatures():
        attributes = tuple(feature[name] for name in names)
        found[feature[id_field]] = (attributes, feature.geometry())
    assert len(found) == layer.featureCount(), "an object id written twice"
    return found


def queries(server) -> list:
    return [record for record in server.requests if "objectIds" in record.params]


@pytest.mark.parametrize("service", [POINTS, "Demo/Parcels"])
def test_json_and_pbf_downloads_are_the_same_feature_by_feature(plugin, arcgis_emulator, tmp_path, service):
    server = add_users(arcgis_emulator(STANDALONE, features=1200, services=[
        Service(POINTS, max_record_count=250), Service("Demo/Parcels", max_record_count=100, features=600,
                                                       geometry="polygon")]))  # fmt: skip
    connect(server)
    as_json = download(server, tmp_path / "json.gpkg", service, FORMAT=1)
    server.clear_log()
    as_pbf = download(server, tmp_path / "pbf.gpkg", service, FORMAT=2)
    assert {record.params.get("f") for record in queries(server)} == {"pbf"}
    assert as_json["FEATURE_COUNT"] == as_pbf["FEATURE_COUNT"] > 0
    json_rows, pbf_rows = rows(as_json["OUTPUT"]), rows(as_pbf["OUTPUT"])
    assert json_rows.keys() == pbf_rows.keys()
    nulls = 0
    for object_id, (attributes, geometry) in json_rows.items():
        pbf_attributes, pbf_geometry = pbf_rows[object_id]
        assert pbf_attributes == attributes, object_id  # dates and nulls included
        nulls += sum(value is None or str(value) == "NULL" for value in attributes)
        assert geometry.wkbType() == pbf_geometry.wkbType()
        assert geometry.constGet().vertexCount() == pbf_geometry.constGet().vertexCount()
        assert pbf_geometry.hausdorffDistance(geometry) <= PBF_PRECISION, object_id
    assert service == POINTS or nulls > 0, "the parcels' nulls were compared"


@pytest.mark.parametrize("answer_format", [1, 2], ids=["json", "pbf"])
def test_downloaded_parcels_are_the_geometries_qgis_reads_as_conformant_multipolygons(
    plugin, arcgis_emulator, tmp_path, answer_format
):
    parcels = Service("Demo/Parcels", max_record_count=100, features=300, geometry="polygon")
    server = add_users(arcgis_emulator(STANDALONE, services=[parcels]))
    connect(server)
    output = download(server, tmp_path / "parcels.gpkg", parcels.name, FORMAT=answer_format)["OUTPUT"]
    downloaded = {object_id: geometry for object_id, (_attributes, geometry) in rows(output).items()}
    provider = feature_layer(server, parcels.name)
    read = {feature["OBJECTID"]: feature.geometry() for feature in provider.getFeatures()}
    assert read.keys() == downloaded.keys() and len(read) == 300
    parts = {geometry.constGet().numGeometries() for geometry in downloaded.values()}
    holes = sum(polygon.numInteriorRings() for geometry in downloaded.values() for polygon in geometry.constParts())
    assert parts == {1, 2} and holes > 0  # squares with a hole, two squares (tests/emulator/parcels.py)
    for object_id, geometry in downloaded.items():
        assert geometry.wkbType() == QgsWkbTypes.MultiPolygon, object_id  # what the GeoPackage layer declares
        tolerance = PBF_PRECISION if answer_format == 2 else 0.0
        assert geometry.hausdorffDistance(read[object_id]) <= tolerance, object_id
        assert geometry.isGeosEqual(read[object_id]) or answer_format == 2, object_id


def test_a_server_that_refuses_pbf_gets_json_and_the_download_completes(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=900, services=[Service(POINTS, max_record_count=100)]))
    server.settings.pbf_refused = True  # it says PBF, then refuses it
    connect(server)
    feedback = QgsProcessingFeedback(False)
    result = download(server, tmp_path / "out.gpkg", feedback=feedback)
    assert result["FEATURE_COUNT"] == 900 and read_layer(result["OUTPUT"]).featureCount() == 900
    formats = [record.params.get("f") for record in queries(server)]
    assert formats[0] == "pbf" and formats.count("pbf") <= 6 and formats[-1] == "json"


def test_pages_arriving_out_of_order_are_written_in_object_id_order(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=1000, services=[Service(POINTS, max_record_count=100)]))
    connect(server)
    server.add_fault("latency", path="/query", skip=1, times=1, seconds=0.8)  # the first page comes last
    result = download(server, tmp_path / "out.gpkg", FORMAT=1, PAGES_IN_FLIGHT=4)
    ids = [feature["OBJECTID"] for feature in read_layer(result["OUTPUT"]).getFeatures(QgsFeatureRequest())]
    assert ids == sorted(ids) and len(ids) == 1000
    first_page = queries(server)[0]
    assert any(record.time > first_page.time for record in queries(server)[1:4]), "later pages ran meanwhile"


def test_a_dropped_page_is_fetched_again(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=800, services=[Service(POINTS, max_record_count=100)]))
    connect(server)
    server.add_fault("drop", path="/query", skip=3, times=1)
    result = download(server, tmp_path / "out.gpkg", FORMAT=1)
    assert len(rows(result["OUTPUT"])) == 800


def test_a_cancelled_download_run_again_continues_where_it_stopped(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=2000, services=[Service(POINTS, max_record_count=100)]))
    connect(server)
    output = tmp_path / "resumed.gpkg"
    feedback = QgsProcessingFeedback(False)
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress >= 25 else None)
    first = download(server, output, feedback=feedback, FORMAT=1, PAGES_IN_FLIGHT=2)
    assert 500 <= first["FEATURE_COUNT"] < 2000
    assert (tmp_path / "resumed.gpkg.arcgis-download.json").exists()
    server.clear_log()
    feedback = QgsProcessingFeedback(False)
    second = download(server, output, feedback=feedback, FORMAT=1, PAGES_IN_FLIGHT=2)
    assert "Continuing the interrupted download" in feedback.textLog()
    assert second["FEATURE_COUNT"] == 2000
    assert sorted(rows(output)) == list(range(1, 2001))  # each feature once
    asked = sum(len(record.params["objectIds"].split(",")) for record in queries(server))
    assert asked == 2000 - first["FEATURE_COUNT"], "only the missing features were asked for"
    assert not (tmp_path / "resumed.gpkg.arcgis-download.json").exists()


def test_a_download_stopped_by_a_refused_sign_in_continues_once_it_is_fixed(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=1500, services=[Service(POINTS, max_record_count=100)]))
    connect(server)
    output = tmp_path / "out.gpkg"
    feedback = QgsProcessingFeedback(False)
    changed: list[bool] = []

    def password_changed(progress: float) -> None:
        if progress >= 20 and not changed:
            server.add_user("alice", "a-new-password")  # the password changes on the server...
            server.revoke_all_tokens()  # ...and the tokens issued with the old one stop working
            changed.append(True)

    feedback.progressChanged.connect(password_changed)
    with pytest.raises(Exception, match="continue where it stopped"):
        download(server, output, feedback=feedback, FORMAT=1, PAGES_IN_FLIGHT=2)
    written = read_layer(output).featureCount()
    assert 0 < written < 1500
    server.add_user("alice", "alice-secret")  # fixed
    plugin.service.renew_now(next(iter(plugin.service.connections())).id)
    result = download(server, output, FORMAT=1)
    assert result["FEATURE_COUNT"] == 1500 and sorted(rows(output)) == list(range(1, 1501))


def test_another_download_into_an_interrupted_output_is_refused_and_nothing_is_lost(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=1000, services=[Service(POINTS, max_record_count=100)]))
    connect(server)
    output = tmp_path / "half.gpkg"
    feedback = QgsProcessingFeedback(False)
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress >= 30 else None)
    first = download(server, output, feedback=feedback, FORMAT=1, PAGES_IN_FLIGHT=1)
    with pytest.raises(Exception, match=r"interrupted download of something else \(its where differ\)"):
        download(server, output, FORMAT=1, WHERE="rank > 10")
    assert read_layer(output).featureCount() == first["FEATURE_COUNT"]


def test_a_server_that_answers_fewer_than_asked_for_is_asked_again_for_the_rest(plugin, arcgis_emulator, tmp_path):
    # maxRecordCount 200, but no answer holds more than 70 (exceededTransferLimit): as ArcGIS limits answers
    # of large geometries by their size.
    service = Service(POINTS, max_record_count=200, transfer_limit=70)
    server = add_users(arcgis_emulator(STANDALONE, features=1000, services=[service]))
    connect(server)
    for answer_format in (1, 2):
        result = download(server, tmp_path / f"capped-{answer_format}.gpkg", FORMAT=answer_format)
        assert sorted(rows(result["OUTPUT"])) == list(range(1, 1001))
