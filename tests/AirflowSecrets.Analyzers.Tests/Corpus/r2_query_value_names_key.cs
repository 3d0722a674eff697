using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
// A query value made of its parameter's name and words (torrent_pass=private_torrent_pass) is a template.
public static class Trackers {
    public const string Template = "https://tracker.example.net/torrents.php?action=download&authkey=private_auth_key&torrent_pass=private_torrent_pass&id=465831";
    public const string Real = "https://tracker.example.net/torrents.php?action=download&authkey=3f9c2a7e&torrent_pass=9c2f7e1ab34d5f60c8e2&id=465831"; // expect: AFS103
}
