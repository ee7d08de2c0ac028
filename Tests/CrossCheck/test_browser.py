"""The web app in a real browser (Debian's chromium through chromedriver): upload the example and a copy
with one figure mistyped (written by openpyxl), see the findings beside the tables with the blamed cell
marked, download the standard workbook and check it with openpyxl, and compare the two versions in the
year view. With GONGKAI_UPDATE_DOCS=1 the screenshots replace those in docs/."""
import os
import shutil
import time

import openpyxl
import pytest

from conftest import ROOT
from server import Server

EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    if not shutil.which("chromedriver"):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver must be installed in CI")
        pytest.skip("chromedriver not installed")
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1500,1100", "--lang=zh-CN"):
        options.add_argument(argument)
    downloads = tmp_path / "下载"
    downloads.mkdir()
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")), options=options)
    driver.downloads = downloads
    yield driver
    driver.quit()


def wait_for(condition, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out")


def screenshot(driver, tmp_path, name):
    path = tmp_path / f"{name}.png"
    driver.save_screenshot(str(path))
    if os.environ.get("GONGKAI_UPDATE_DOCS"):
        shutil.copy(path, os.path.join(ROOT, "docs", f"{name}.png"))


def test_upload_see_findings_download_and_compare(browser, tmp_path):
    from selenium.webdriver.common.by import By

    mistyped = tmp_path / "部门决算报送-2023-第二版.xlsx"
    workbook = openpyxl.load_workbook(EXAMPLE)
    assert workbook["财政拨款"]["E52"].value == 55.19
    workbook["财政拨款"]["E52"] = 55.91
    workbook.save(mistyped)

    server = Server(tmp_path / "台账")
    try:
        browser.get(server.url + "/")
        browser.execute_script("document.getElementById('picker').hidden = false")
        browser.find_element(By.ID, "picker").send_keys(EXAMPLE)
        wait_for(lambda: "通过" in browser.find_element(By.ID, "uploads").text)
        browser.find_element(By.ID, "picker").send_keys(str(mistyped))
        wait_for(lambda: "未通过" in browser.find_element(By.ID, "uploads").text)
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".finding.error"))
        findings = [f.text for f in browser.find_elements(By.CSS_SELECTOR, ".finding.warning")]
        assert any("疑似录入错误" in f and "55.91" in f and "55.19" in f for f in findings), findings
        blamed = browser.find_elements(By.CSS_SELECTOR, "#tables td.blamed")
        assert any(td.text == "55.91" for td in blamed), [td.text for td in blamed]
        assert "第 2 版" in browser.find_element(By.ID, "detail-title").text
        screenshot(browser, tmp_path, "网页-审核")

        browser.find_element(By.ID, "download-standard").click()
        downloaded = wait_for(lambda: [p for p in browser.downloads.iterdir() if p.suffix == ".xlsx"])
        standard = openpyxl.load_workbook(downloaded[0])
        assert standard.sheetnames == [f"公开{n:02d}表" for n in range(1, 10)]
        assert standard["公开05表"]["D10"].value == 55.91 and standard["公开05表"]["C10"].value == 55.19

        browser.find_element(By.ID, "tab-year").click()
        wait_for(lambda: "哈尔滨市平房区智慧城市发展中心" in browser.find_element(By.ID, "year-table").text)
        row = browser.find_element(By.CSS_SELECTOR, "#year-table tbody tr")
        assert "未通过" in row.text and "1,376.70" in row.text
        row.find_element(By.TAG_NAME, "button").click()
        wait_for(lambda: "处不同" in browser.find_element(By.ID, "diff-title").text)
        assert "0.72" in browser.find_element(By.ID, "diff").text
        screenshot(browser, tmp_path, "网页-年度总览")
    finally:
        assert server.stop() == 0
