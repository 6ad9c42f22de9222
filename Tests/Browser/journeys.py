#!/usr/bin/env python3
"""The workbench in a real browser: Chromium driven through its WebDriver (selenium).

Each journey is what a person does, step by step, with a screenshot of each step in
SHOTS (default /tmp/workbench-journeys):
  auditor  opens a case, reads a finding's explanation and accepts it;
  policy   changes the balance limit, sees the live check and the impact, then saves;
  training a trainer opens a class, a trainee joins, marks findings by clicking the
           report, submits and reads the score; the trainer sees it.
The server is `audit serve` itself (AUDIT, default .build/debug/audit) on a copy of
the cases and of knowledge/, on a port the system chooses.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AUDIT = os.environ.get("AUDIT", os.path.join(ROOT, ".build/debug/audit"))
SHOTS = os.environ.get("SHOTS", "/tmp/workbench-journeys")
CASES = ["anhui-farm-machinery-project", "yunxi-2024", "weight-typo"]


class Workbench:
    """`audit serve` on copies of some cases and of the knowledge folder."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="workbench-")
        self.reports = os.path.join(self.folder, "reports")
        self.knowledge = os.path.join(self.folder, "knowledge")
        os.makedirs(self.reports)
        for case in CASES:
            shutil.copy(os.path.join(ROOT, "cases", case, "report.txt"), os.path.join(self.reports, case + ".txt"))
        shutil.copytree(os.path.join(ROOT, "knowledge"), self.knowledge)
        self.process = subprocess.Popen(
            [AUDIT, "serve", self.reports, "--port", "0", "--knowledge", self.knowledge, "--cases", os.path.join(ROOT, "cases")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines = [self.process.stdout.readline() for _ in range(4)]
        banner = "".join(lines)
        self.base = re.search(r"(http://127\.0\.0\.1:\d+)/", banner).group(1)
        self.links = dict(re.findall(r"  (审核人员|政策人员|培训教师)[^：]*：(\S+)", banner))

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1600", "--lang=zh-CN"]:
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")))


class Journey:
    def __init__(self, name, driver):
        self.name, self.driver, self.step = name, driver, 0

    def shot(self, what):
        self.step += 1
        os.makedirs(SHOTS, exist_ok=True)
        path = os.path.join(SHOTS, f"{self.name}-{self.step}-{what}.png")
        self.driver.save_screenshot(path)
        print(f"  {self.name} {self.step}: {what} → {path}")

    def wait_for_text(self, text, timeout=30):
        # The page may be replaced between finding its body and reading it (a form just sent).
        WebDriverWait(self.driver, timeout, ignored_exceptions=[StaleElementReferenceException]).until(
            lambda d: text in d.find_element(By.TAG_NAME, "body").text)

    def enter(self, link, page):
        """Follows a role's link (its key goes into a cookie), then opens a page."""
        self.driver.get(link)
        self.driver.get(page)

    def paste(self, element, text):
        """Puts text in a field as a paste does: the value, then one input event."""
        self.driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", element, text)

    def expect(self, condition, message):
        if not condition:
            raise AssertionError(f"{self.name}: {message}")


def auditor(bench):
    driver = browser()
    try:
        journey = Journey("auditor", driver)
        journey.enter(bench.links["审核人员"], bench.base + "/reports")
        journey.wait_for_text("3 份报告")
        journey.shot("reports")
        driver.find_element(By.LINK_TEXT, "anhui-farm-machinery-project.txt").click()
        journey.wait_for_text("淮北县2024年度农机购置与应用补贴项目绩效自评报告")
        journey.expect(len(driver.find_elements(By.CSS_SELECTOR, "table.grid")) >= 1, "the indicator table is drawn as a table")
        journey.shot("report")
        note = driver.find_element(By.CSS_SELECTOR, "tr#d1-L7 a.note.high")
        journey.expect("#1" in note.text, "the high finding sits beside line 7: " + note.text)
        note.click()
        journey.wait_for_text("怎样得出")
        reasoning = driver.find_element(By.CSS_SELECTOR, "details.reasoning")
        journey.expect(reasoning.get_attribute("open") is not None, "the explanation is open")
        journey.expect("执行数540万元 ÷ 预算数600万元 = 90%" in reasoning.text, "the explanation shows the report's figures")
        journey.shot("finding")
        driver.find_element(By.CSS_SELECTOR, "input[name=verdict][value=accepted]").click()
        driver.find_element(By.ID, "comment").send_keys("执行率90%，应扣1分，自评100分不成立")
        journey.shot("deciding")
        driver.find_element(By.CSS_SELECTOR, "form.decide button[type=submit]").click()
        journey.wait_for_text("审核意见已保存：确认")
        journey.shot("accepted")
        with open(os.path.join(bench.reports, "anhui-farm-machinery-project.txt.review.json"), encoding="utf-8") as file:
            decisions = json.load(file)["decisions"]
        journey.expect([d["verdict"] for d in decisions] == ["accepted"], f"the review file holds the decision: {decisions}")
        driver.get(bench.base + "/reports")
        journey.expect("1/4" in driver.find_element(By.CSS_SELECTOR, "table.list").text, "the list counts the decision")
        journey.shot("reports-after")
    finally:
        driver.quit()


def policy(bench):
    driver = browser()
    try:
        journey = Journey("policy", driver)
        journey.enter(bench.links["政策人员"], bench.base + "/rules")
        journey.wait_for_text("结余率上限")
        journey.shot("rules")
        # The parameter opens the editor with the cursor on its line.
        driver.find_element(By.LINK_TEXT, "balance-rate-limit").click()
        text = WebDriverWait(driver, 30).until(seen.presence_of_element_located((By.ID, "rule-text")))
        original = text.get_attribute("value")
        limit = "parameter balance-rate-limit\n  label: 结余率上限\n  value: {}\n"
        journey.expect(limit.format(10) in original, "the editor holds the file")
        journey.expect(text.get_property("selectionStart") == original.index("parameter balance-rate-limit"), "the cursor is on the parameter")
        journey.shot("editor")
        # A typo first: the live check says what is wrong while typing.
        journey.paste(text, original.replace(limit.format(10), limit.format("十五")))
        journey.wait_for_text("改正后才能保存")
        journey.shot("live-error")
        journey.paste(text, original.replace(limit.format(10), limit.format(15)))
        journey.wait_for_text("没有错误，可以保存")
        journey.shot("live-clean")
        driver.find_element(By.XPATH, "//button[contains(., '检查并查看影响')]").click()
        journey.wait_for_text("修改的影响", timeout=120)
        impact = driver.find_element(By.CSS_SELECTOR, "section.impact").text
        journey.expect("balance-rate-limit：10% → 15%" in impact, "the impact names the parameter: " + impact[:200])
        journey.expect("消失" in impact, "findings go: " + impact[:400])
        journey.shot("impact")
        with open(os.path.join(bench.knowledge, "parameters.rules"), encoding="utf-8") as file:
            journey.expect("value: 10\n" in file.read(), "nothing is saved before 保存")
        driver.find_element(By.XPATH, "//button[contains(., '保存')][@formaction]").click()
        journey.wait_for_text("已保存，审核已改用新的规则")
        journey.shot("saved")
        with open(os.path.join(bench.knowledge, "parameters.rules"), encoding="utf-8") as file:
            journey.expect("  label: 结余率上限\n  value: 15\n" in file.read(), "the file holds the new limit")
        history = os.listdir(os.path.join(bench.knowledge, ".history"))
        journey.expect(any(name.startswith("parameters.rules@") for name in history), f"the old version is kept: {history}")
    finally:
        driver.quit()


def training(bench):
    trainer, trainee = browser(), browser()
    try:
        teacher = Journey("trainer", trainer)
        teacher.enter(bench.links["培训教师"], bench.base + "/classes")
        teacher.wait_for_text("开一个培训班")
        trainer.find_element(By.NAME, "name").send_keys("2026年第一期")
        trainer.find_element(By.CSS_SELECTOR, "input[name=case][value=anhui-farm-machinery-project]").click()
        trainer.find_element(By.CSS_SELECTOR, "input[name=case][value=weight-typo]").click()
        teacher.shot("new-class")
        trainer.find_element(By.XPATH, "//button[contains(., '开班')]").click()
        teacher.wait_for_text("把这个链接发给学员")
        join = trainer.find_element(By.CSS_SELECTOR, "code.join-link").text
        teacher.shot("class")

        student = Journey("trainee", trainee)
        trainee.get(join)
        trainee.find_element(By.NAME, "name").send_keys("张三")
        trainee.find_element(By.XPATH, "//button[contains(., '加入')]").click()
        student.wait_for_text("张三，你好")
        student.shot("home")
        trainee.get(bench.base + "/reports")
        student.expect("这个页面只供审核人员使用" in trainee.find_element(By.TAG_NAME, "body").text, "a trainee cannot open the auditors' pages")
        trainee.get(bench.base + "/trainee")
        trainee.find_element(By.CSS_SELECTOR, "a[href*='name=anhui-farm-machinery-project']").click()
        student.wait_for_text("我记下的问题（0 条）")
        student.expect("最多只能得99分" not in trainee.find_element(By.TAG_NAME, "body").text, "no finding shows before submitting")
        # A finding by clicking its line: the self-evaluation score on line 104.
        trainee.find_element(By.CSS_SELECTOR, "tr#d1-L104 td.text").click()
        student.expect(trainee.find_element(By.ID, "mark-lines").get_attribute("value") == "104", "a click fills the line in")
        trainee.find_element(By.CSS_SELECTOR, "select[name=rule] option[value=score-exceeds-attainable]").click()
        student.shot("marking")
        trainee.find_element(By.XPATH, "//button[contains(., '记下')]").click()
        student.wait_for_text("我记下的问题（1 条）")
        # A wrong one: a clean line.
        trainee.find_element(By.CSS_SELECTOR, "tr#d1-L4 td.text").click()
        trainee.find_element(By.CSS_SELECTOR, "select[name=rule] option[value=balance-over-limit]").click()
        trainee.find_element(By.XPATH, "//button[contains(., '记下')]").click()
        student.wait_for_text("我记下的问题（2 条）")
        student.shot("marked")
        trainee.find_element(By.XPATH, "//button[contains(., '交卷评分')]").click()
        student.wait_for_text("应找出 4 个问题，找到 1 个")
        body = trainee.find_element(By.TAG_NAME, "body").text
        student.expect("漏掉的" in body and "不成立的" in body, "missed and wrong answers are explained")
        student.shot("score")

        trainer.refresh()
        teacher.wait_for_text("找到 1/4，准确 50.0%")
        teacher.expect("最常漏掉的规则" in trainer.find_element(By.TAG_NAME, "body").text, "the rules the class misses")
        teacher.shot("progress")
    finally:
        trainer.quit()
        trainee.quit()


def main():
    journeys = {"auditor": auditor, "policy": policy, "training": training}
    wanted = sys.argv[1:] or list(journeys)
    bench = Workbench()
    try:
        for name in wanted:
            started = time.time()
            journeys[name](bench)
            print(f"{name}: passed in {time.time() - started:.1f} s")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()
