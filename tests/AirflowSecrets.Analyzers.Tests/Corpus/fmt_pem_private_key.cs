using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
public static class Pem
{
    public const string Key = "-----BEGIN PRIVATE KEY-----\n4fJXEzp3HDSVRqTvIn9h3Z7XcBt7SB6+LJv3yVy6uprAQWx5Q1nWX6djhiXV085D\nCbJMtA83d6LrWAPcRbhjkpe/bBbRTsGGvk3i8hWRj8pwo37urH1+B38bj+mAMqdI\nGM+rUn8c65QTDxAYCWG2PtzR1om3l9vy/bmjH+ofg+PW/2T+gTRd5py9ZgGXz7zy\n5wYbzAcrt/B+seY6igbn4qgChpjlBFOzBt1v+XPM2lexNylNgp4NebOp8kitdNGw\n-----END PRIVATE KEY-----"; // expect: AFS104
}
