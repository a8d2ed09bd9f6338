#!/usr/bin/env python3
"""Browser test: a real Chromium drives the real `speakup serve` binary on loopback.

Usage (inside a venv with selenium; Debian's chromium and chromium-driver installed):
    scripts/browser-test.py --binary "$(swift build --show-bin-path)/speakup" [--screenshots DIR] [--keep]

Two journeys, each as a new person on a fresh data dir:
  * with JavaScript: sign up, rehearse one scenario to its summary while live feedback appears as
    they type (and the model answer is opened once), log a real conversation, build a ladder rung
    and log an attempt, take the PHQ-9 twice and see the result and its chart, then open the
    progress page and check its charts;
  * with JavaScript disabled: sign up and complete a rehearsal by plain form posts, with the
    feedback appearing on submit.
Every page must load without browser console errors (a CSP violation is one). Screenshots of each
step are saved as PNG files in --screenshots (default ci-artifacts/screenshots).

Exit status 0 when both journeys pass, 1 otherwise. Each failed check prints what it expected.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from speakup_harness import Server, tail

PASSWORD = "browser-test-password-1"
WAIT = 20  # seconds for any one page or feedback to appear

# Replies for the rehearsal, tried in order; each is plainly assertive in different words so the
# scenario moves on whatever the counterpart says.
REPLIES = [
    "I hear that this matters to you. I'd like to find a fair way through it: I can't take this on "
    "today, but I could help on Thursday morning.",
    "I understand, and my answer is still no for today. Could we look at the plan together tomorrow?",
    "I feel stretched when plans change at the last minute. I'd like us to agree on a day that works for both of us.",
    "Thanks for listening. I need a clear plan, so let's write it down now and check in on Friday.",
]


def log(message):
    print(f"[browser-test] {message}", flush=True)


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


class Journey:
    """One browser session against one server, with screenshots and console checks."""

    def __init__(self, name, base, screenshots, javascript):
        self.name, self.base, self.screenshots, self.javascript = name, base, screenshots, javascript
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000", "--no-proxy-server", "--lang=en-GB"):
            options.add_argument(flag)
        if not javascript:
            options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(options=options, service=service)
        self.wait = WebDriverWait(self.driver, WAIT)
        self.shots = 0

    def close(self):
        self.driver.quit()

    # --- helpers ---------------------------------------------------------------------------------

    def open(self, path):
        self.driver.get(self.base + path)
        self.assert_page_ok()

    def path(self):
        url = self.driver.current_url
        return url[len(self.base):] if url.startswith(self.base) else url

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def assert_page_ok(self):
        """Every page has the help link and no console errors (CSP violations, failed scripts, 4xx/5xx assets)."""
        links = self.driver.find_elements(By.LINK_TEXT, "Get help now")
        check(links, f"{self.path()}: no 'Get help now' link")
        errors = [entry for entry in self.driver.get_log("browser") if entry.get("level") == "SEVERE"]
        check(not errors, f"{self.path()}: browser console errors: {[entry.get('message') for entry in errors]}")

    def screenshot(self, label):
        self.shots += 1
        path = os.path.join(self.screenshots, f"{self.name}-{self.shots:02d}-{label}.png")
        # Full-page capture: widen the window to the page height first.
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1280, min(max(height, 800), 6000))
        self.driver.save_screenshot(path)
        self.driver.set_window_size(1280, 1000)
        log(f"screenshot {path}")

    def fill(self, name, value):
        field = self.driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
        return field

    def choose(self, name, value):
        self.driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()

    def click_and_wait(self, element):
        """Click something that loads a new page, and wait until the new page has loaded."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def replaced(driver):
            try:
                old.tag_name
                return False
            except StaleElementReferenceException:
                return driver.execute_script("return document.readyState") == "complete"
            except WebDriverException:
                return False  # mid-navigation the driver can answer oddly; ask again

        self.wait.until(replaced)
        self.assert_page_ok()

    def submit(self, label):
        """Click the submit button with this visible label and wait for the next page."""
        self.click_and_wait(self.driver.find_element(By.XPATH, f"//button[normalize-space()='{label}']"))

    # --- steps -----------------------------------------------------------------------------------

    def sign_up(self, email, display_name):
        self.open("/signup")
        self.fill("email", email)
        self.fill("password", PASSWORD)
        self.fill("display_name", display_name)
        self.submit("Create account")
        check(self.path() in ("/", ""), f"after sign-up expected the home page, got {self.path()}")
        check(display_name in self.text(), f"home page does not greet {display_name!r}")
        self.screenshot("home")
        log(f"{self.name}: signed up as {email}")

    def rehearse(self, live):
        self.open("/rehearse")
        self.screenshot("scenario-picker")
        self.click_and_wait(self.driver.find_element(By.CSS_SELECTOR, "form[method='post'][action='/rehearse'] button"))
        check(self.path().startswith("/rehearse/"), f"starting a scenario should open /rehearse/ID, got {self.path()}")
        rehearsal = self.path()
        counterpart_turns = len(self.driver.find_elements(By.CSS_SELECTOR, "li.turn.counterpart"))
        check(counterpart_turns >= 1, "the rehearsal shows no line from the other person")

        if live:
            # The model answer is one click away and comes back to the same rehearsal.
            self.submit("Show model answer")
            check(self.driver.find_elements(By.CSS_SELECTOR, "section.model-answer"), "Show model answer did not show a model answer")

        replies = 0
        for reply in REPLIES * 2:
            forms = self.driver.find_elements(By.CSS_SELECTOR, "form.reply-form")
            if not forms:
                break
            if live:
                self.wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "form.reply-form").get_attribute("data-live-ready") == "true")
            else:
                check(forms[0].get_attribute("data-live-ready") is None, "JavaScript ran although it is disabled")
            box = self.driver.find_element(By.NAME, "reply")
            box.clear()
            box.send_keys(reply)
            if live:
                try:
                    self.wait.until(lambda d: d.find_element(By.ID, "live-feedback").get_attribute("data-feedback-state") == "ready")
                except TimeoutException:
                    raise CheckFailed("live feedback did not appear while typing "
                                      f"(state {self.driver.find_element(By.ID, 'live-feedback').get_attribute('data-feedback-state')!r})")
                feedback = self.driver.find_element(By.ID, "live-feedback")
                check(feedback.find_elements(By.CSS_SELECTOR, ".badge"), "live feedback shows no style reading")
                if replies == 0:
                    check(feedback.find_elements(By.CSS_SELECTOR, "mark"), "live feedback highlights no words")
                    self.screenshot("live-feedback")
            self.submit("Send reply")
            replies += 1
            check(self.path().startswith(rehearsal), f"sending a reply left the rehearsal for {self.path()}")
            feedback = self.driver.find_elements(By.CSS_SELECTOR, "section.feedback")
            check(feedback, "no feedback on the reply after it was sent")
            if replies == 1 and not live:
                self.screenshot("feedback-on-submit")
        summary = self.driver.find_elements(By.CSS_SELECTOR, "section.summary")
        check(summary, f"no summary after {replies} replies")
        check(replies >= 1, "the rehearsal ended before any reply")
        self.screenshot("rehearsal-summary")
        log(f"{self.name}: rehearsal finished after {replies} replies")

    def log_conversation(self):
        self.open("/log/new")
        self.fill("counterpart", "my flatmate Sam")
        Select(self.driver.find_element(By.NAME, "context")).select_by_value("roommates")
        said = "I'd like us to split the cleaning fairly. Could you take the kitchen this week?"
        self.fill("said", said)
        self.choose("self_rated_style", "assertive")
        self.fill("suds_before", "65")
        self.fill("suds_after", "30")
        self.choose("outcome", "good")
        self.fill("feeling", "Relieved, and a bit proud.")
        self.submit("Save entry")
        body = self.text()
        check("Saved." in body and "Conversation with my flatmate Sam" in body, "saving a log entry did not show the saved entry")
        check(said in body, "the saved log entry does not show what was said")
        check("The Coach's reading" in body and self.driver.find_elements(By.CSS_SELECTOR, "section.feedback .badge"),
              "the saved log entry does not show the Coach's reading")
        self.screenshot("log-entry")
        log(f"{self.name}: logged a conversation")

    def climb(self):
        self.open("/ladder")
        self.fill("title", "Ask a colleague to keep the meeting to time")
        self.fill("suds", "70")
        self.submit("Add rung")
        rung_links = self.driver.find_elements(By.PARTIAL_LINK_TEXT, "Ask a colleague to keep the meeting to time")
        check(rung_links, "the new rung is not on the ladder")
        self.screenshot("ladder")
        self.click_and_wait(rung_links[0])
        check(self.path().startswith("/ladder/"), f"the rung link should open /ladder/ID, got {self.path()}")
        self.choose("kind", "real")
        self.fill("suds_before", "70")
        self.fill("suds_after", "45")
        self.fill("note", "Shaky voice, but I said it.")
        self.submit("Save attempt")
        body = self.text()
        check("Shaky voice, but I said it." in body, "the attempt's note is not shown on the rung page")
        check("45" in body, "the attempt's SUDS after is not shown")
        self.screenshot("rung-attempt")
        log(f"{self.name}: logged a ladder attempt")

    def questionnaire(self):
        """Take the PHQ-9 twice (all answers 'Several days', then 'Not at all'), see the result and the chart."""
        for answer, expected in (("1", "8"), ("0", "0")):
            self.open("/measures")
            if answer == "1":
                self.screenshot("questionnaires")
            self.click_and_wait(self.driver.find_element(By.CSS_SELECTOR, "a[href='/measures/phq9']"))
            for item in range(1, 9):
                self.choose(f"q{item}", answer)
            self.choose("q9", "0")
            self.submit("See my score")
            check(self.path().startswith("/results/"), f"a finished PHQ-9 should open its result, got {self.path()}")
            score = self.driver.find_element(By.CSS_SELECTOR, ".score-value").text
            check(score == expected, f"PHQ-9 with every item at {answer} (item 9 at 0) should score {expected}, the page says {score}")
            check("Where that falls on this questionnaire" in self.text(), "the result does not give the band in words")
        check("Your first score" in self.text(), "the second result does not compare with the first")
        self.screenshot("questionnaire-result")
        self.open("/measures/phq9/history")
        charts = self.driver.find_elements(By.CSS_SELECTOR, "svg[role='img']")
        check(charts and len(charts[0].find_elements(By.CSS_SELECTOR, "circle")) == 2, "the PHQ-9 chart does not show both results")
        self.screenshot("questionnaire-chart")
        log(f"{self.name}: took the PHQ-9 twice and saw the result and the chart")

    def progress(self):
        self.open("/progress")
        charts = self.driver.find_elements(By.CSS_SELECTOR, "svg[role='img']")
        check(len(charts) >= 4, f"progress page shows {len(charts)} charts, expected at least 4 (with the PHQ-9)")
        for chart in charts:
            check((chart.get_attribute("aria-label") or "").strip(), "a chart has no text alternative")
        self.screenshot("progress")
        log(f"{self.name}: progress page shows {len(charts)} charts")


def run_journey(name, binary, work, screenshots, javascript, steps):
    data_dir = os.path.join(work, f"data-{name}")
    os.makedirs(data_dir)
    server = Server(binary, data_dir, os.path.join(work, f"server-{name}.log"), log=log)
    journey = None
    try:
        server.start()
        server.wait_ready()
        journey = Journey(name, server.base, screenshots, javascript)
        steps(journey)
        log(f"PASS: {name}")
        return True
    except (CheckFailed, RuntimeError, WebDriverException) as error:
        where = journey.path() if journey else "(no page)"
        print(f"FAIL: {name} at {where}: {error}".rstrip())
        if journey:
            try:
                journey.screenshot("failure")
            except WebDriverException:
                pass
        text = tail(server.log_path, 15)
        if text:
            print(f"--- last lines of the {name} server log ---\n{text}", end="" if text.endswith("\n") else "\n")
        return False
    finally:
        if journey:
            journey.close()
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="path to the speakup executable")
    parser.add_argument("--screenshots", default="ci-artifacts/screenshots", help="folder for PNG screenshots")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (data and server logs)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"[browser-test] not an executable: {binary}")
    os.makedirs(args.screenshots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="speakup-browser-test-")
    started = time.monotonic()

    def with_javascript(journey):
        journey.sign_up("ana@example.org", "Ana")
        journey.rehearse(live=True)
        journey.log_conversation()
        journey.climb()
        journey.questionnaire()
        journey.progress()

    def without_javascript(journey):
        journey.sign_up("ben@example.org", "Ben")
        journey.rehearse(live=False)

    results = [
        run_journey("js", binary, work, args.screenshots, True, with_javascript),
        run_journey("nojs", binary, work, args.screenshots, False, without_javascript),
    ]
    if args.keep:
        log(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(results)
    print(f"browser test: {passed} of {len(results)} journeys passed in {time.monotonic() - started:.1f} s "
          f"(screenshots in {args.screenshots})")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
