using System;
using System.Collections.Generic;

// Stripe publishable keys (pk_live_/pk_test_) are public by design: Stripe.js receives them in the browser. In a field,
// a property, a configuration entry, an argument or JSON they are not reported; secret and restricted keys (sk_, rk_)
// of the same account stay reported in the same places.
namespace Corpus.R3StripePublishableKeys
{
    public sealed class StripeOptions
    {
        public string PublishableKey { get; set; } = "pk_live_51QxTf2Lk8mZ3vR7nB4yW9cD6hJ1pS5gA0eU2iO8tK4fN7qX3zM6wV9bL1cR5dT8yH2jG4kP7sF0aE3uW6iQ9oZ1xN";
        public string SecretKey { get; set; } = "sk_live_51QxTf2Lk8mZ3vR7nBq8Wt3Yh6Jd1Ks9Lp4Mz7Xc2Vb5Nf0Ga3Re6Ty9Ui1Op4As7Df2Gh5Jk8Lz0Xc3Vb6Nm9Qw"; // expect: AFS101
    }

    public static class Checkout
    {
        public const string ApiKey = "pk_test_51HqLy0Kd7nPz4Wb2Xc9Vt6Rm3Ys8Ju1Ie5Oa7Sd0Fg2Hj4Kl6Zx9Cv1Bn3Mq5Wr8Ty0Ui2Op4As6Df8Gh1Jk3Lz";
        public const string TestSecretKey = "sk_test_51HqLy0Kd7nPz4Wb2Xc9Vt6Rm3Ys8Ju1Ie5Oa7Sd0Fg2Hj4Kl6Zx9Cv1Bn3Mq5Wr8Ty0Ui2Op4As6Df8Gh1Jq9"; // expect: AFS101

        public static Dictionary<string, string> Settings() => new()
        {
            ["Stripe:PublishableKey"] = "pk_live_51QxTf2Lk8mZ3vR7nB4yW9cD6hJ1pS5gA0eU2iO8tK4fN7qX3zM6wV9bL1cR5dT8yH2jG4kP7sF0aE3uW6iQ9oZ1xN",
            ["Stripe:ApiKey"] = "rk_live_51QxTf2Lk8mZ3vR7nBz5Yq1Xw8Ev4Rc7Tb2Yn6Um9Ii3Oo0Pp5Aa8Ss1Dd4Ff7Gg0Hh3Jj6Kk9Ll2Zz5Xx8Cc1Vv4B", // expect: AFS102
        };

        public static void Configure(Action<string> setApiKey) => Use(apiKey: "pk_live_51QxTf2Lk8mZ3vR7nB4yW9cD6hJ1pS5gA0eU2iO8tK4fN7qX3zM6wV9bL1cR5dT8yH2jG4kP7sF0aE3uW6iQ9oZ1xN");

        private static void Use(string apiKey) { }

        public const string ClientJson = "{\"apiKey\": \"pk_test_51HqLy0Kd7nPz4Wb2Xc9Vt6Rm3Ys8Ju1Ie5Oa7Sd0Fg2Hj4Kl6Zx9Cv1Bn3Mq5Wr8Ty0Ui2Op4As6Df8Gh1Jk3Lz\"}";
    }
}
