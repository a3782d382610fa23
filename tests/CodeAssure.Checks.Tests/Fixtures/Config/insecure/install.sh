#!/bin/sh
curl -fsSLk https://downloads.example.com/tool.tar.gz -o tool.tar.gz
git config --global http.sslVerify false
