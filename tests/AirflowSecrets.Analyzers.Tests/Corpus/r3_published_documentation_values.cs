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

using System.Linq;
namespace Corpus;
// Published by their vendors for everyone to read: the example key pair of AWS's documentation (the CLI and SDK guides
// and countless tests reuse it), and Stripe publishable keys (pk_test_/pk_live_), which are meant to ship to browsers.
// Real keys of the same services under the same names are still reported.
public static class PublishedDocumentationValues {
    public const string AwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    public const string AwsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string AwsProfile = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";
    public const string StripePublishableKey = "pk_test_51RGkt8Mdn0lugJB6L55vVvjafrJFROl2aSjDWlFkuw3mvJjkZRuwd3UBlZCxTUzeGGfzEQ95pD4Xa4YiPpdadHUq69mkL8covQ";
    public const string StripeLivePublishableKey = "pk_live_51rk4HM5Bcw9fRGZg0hqrn6B48MOdtMDdJCZ68sYhiYBrVuJXK8SVUwek0PUcr2AczplrzvnSXrhVMYe5WmXEiRmh3G1OV9s6pf";
}

public static class RealKeysOfTheSameServices {
    public const string AwsSecretAccessKey = "ZKHl2eW/2oniOmy6lp2ZKpXsVGMmZ0JHq+BgXeS4"; // expect: AFS101
    public const string StripeSecretKey = "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"; // expect: AFS101
}
