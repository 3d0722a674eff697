using System;
using Azure;
using Azure.AI.OpenAI;
public static class ChatClientFactory
{
    public static AzureOpenAIClient Create() => new AzureOpenAIClient(
        new Uri("https://contoso-gpt.openai.azure.com/"),
        new AzureKeyCredential("4d5b1bc6670a71ba5f7afb3f5b19189a")); // expect: AFS101
}
