{
  "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
  "verificationMaterial": {
    "x509CertificateChain": {
      "certificates": [
        {
          "rawBytes": "MIIBjzCCATWgAwIBAgIUUf7l/1oc+4K7xkhbiJcjcM3IPwEwCgYIKoZIzj0EAwIwHTEbMBkGA1UEAwwSQUNNRSBtb2RlbCByZWxlYXNlMB4XDTI2MTIwNTEzMDY0N1oXDTM2MTIwMjEzMDY0N1owHTEbMBkGA1UEAwwSQUNNRSBtb2RlbCByZWxlYXNlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEL6lPuyh29W1+deUnh6SesmQDv/iLGzqAtIkbQfGExn/757bcNhsgEUjCiDlRNLk5zTKl7ZI6KZ1+fo4Qv6ZVRaNTMFEwHQYDVR0OBBYEFHHBT7W7PX/FEp7E9HvsYCLzLQzlMB8GA1UdIwQYMBaAFHHBT7W7PX/FEp7E9HvsYCLzLQzlMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgVTBY5a7A+vqsMPDPTtaNbGRfRr4a3zm33qDlN+ODyBkCIQCuYFSudJw367WHTY/1WyFYIjV8rAB5pM2D7H31puvRbw=="
        }
      ]
    },
    "tlogEntries": []
  },
  "dsseEnvelope": {
    "payload": "eyJfdHlwZSI6ICJodHRwczovL2luLXRvdG8uaW8vU3RhdGVtZW50L3YxIiwgInN1YmplY3QiOiBbeyJuYW1lIjogIm1vZGVsIiwgImRpZ2VzdCI6IHsic2hhMjU2IjogImMwMjQ3YzI0MzlkMTkwOWQ2ZjAyODkxYWI0Yzg5ZTJhOWYxZjQyZmFjZDRkMThlNmJjZmQ5NDhjNzZmNjU3MGIifX1dLCAicHJlZGljYXRlVHlwZSI6ICJodHRwczovL21vZGVsX3NpZ25pbmcvc2lnbmF0dXJlL3YxLjAiLCAicHJlZGljYXRlIjogeyJyZXNvdXJjZXMiOiBbeyJhbGdvcml0aG0iOiAic2hhMjU2IiwgIm5hbWUiOiAiUkVBRE1FLm1kIiwgImRpZ2VzdCI6ICI3NDZhZWI4NDU2MjcwYjAxZWMyYzUzMzhjNmFjNDM2ZjlhOTNmNzc5ZWE4YjVhNzIwMmNjZjJjNzI1OTU4MmI5In0sIHsiYWxnb3JpdGhtIjogInNoYTI1NiIsICJuYW1lIjogImNvbmZpZy5qc29uIiwgImRpZ2VzdCI6ICIwOGJhNzBiYmQxYTQxODRlMjZhOGVjYmQzNDU3YTQwNmFmYjcxMGZkNTYxNzkyMjdjYjYxOTQ5M2NjYWU4YTcxIn0sIHsiYWxnb3JpdGhtIjogInNoYTI1NiIsICJuYW1lIjogIndlaWdodHMvbW9kZWwuYmluIiwgImRpZ2VzdCI6ICJiYTc4MTZiZjhmMDFjZmVhNDE0MTQwZGU1ZGFlMjIyM2IwMDM2MWEzOTYxNzdhOWNiNDEwZmY2MWYyMDAxNWFkIn1dLCAic2VyaWFsaXphdGlvbiI6IHsiYWxsb3dfc3ltbGlua3MiOiBmYWxzZSwgIm1ldGhvZCI6ICJmaWxlcyIsICJoYXNoX3R5cGUiOiAic2hhMjU2IiwgImlnbm9yZV9wYXRocyI6IFsiLmdpdCIsICJtb2RlbC5zaWciXX19fQ==",
    "payloadType": "application/vnd.in-toto+json",
    "signatures": [
      {
        "sig": "MEQCIGG251pgk+zyQOcXS70GYFwTCBKoJ+wngO+lMo7H3NrtAiAf6T7ZFbRn57nvhJi3TFGCJKTVnuNsDFgQj3b3oBj2rA==",
        "keyid": ""
      }
    ]
  }
}