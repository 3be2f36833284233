"""Download one export while sampling the web workers' memory.

    python bench/export_probe.py URL GUNICORN_MASTER_PID

Prints the time, bytes, rows and the largest resident set size any worker reached.
"""

import subprocess
import sys
import threading
import time
import urllib.request


def worker_rss_kb(master: int) -> int:
    children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in children:
        try:
            with open(f"/proc/{pid}/status") as status:
                sizes += [int(line.split()[1]) for line in status if line.startswith("VmRSS:")]
        except FileNotFoundError:
            pass
    return max(sizes, default=0)


def main(url: str, master: int) -> None:
    peak, before = [0], worker_rss_kb(master)
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], worker_rss_kb(master))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    size = rows = 0
    with urllib.request.urlopen(url, timeout=120) as response:
        status = response.status
        for line in response:
            size += len(line)
            rows += 1
    elapsed = time.monotonic() - started
    done.set()
    sampler.join()
    print(f"status {status}")
    print(f"export rows {rows - 1} bytes {size} seconds {elapsed:.2f}")
    print(f"worker RSS before {before / 1024:.0f} MB peak {peak[0] / 1024:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
