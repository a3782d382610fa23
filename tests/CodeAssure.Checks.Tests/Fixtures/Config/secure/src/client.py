import requests


def fetch(url):
    # never use verify=False here
    return requests.get(url, verify=True)
