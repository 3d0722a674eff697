using Azure;
using Azure.AI.OpenAI;

var client = new AzureOpenAIClient(
    new Uri("https://contoso-support-oai.openai.azure.com/"),
    new AzureKeyCredential("de5fad2f1ea1c360baf1571452ff6359"));  // expect: AFS101

var chat = client.GetChatClient("gpt-4o");
var completion = await chat.CompleteChatAsync("Summarise yesterday's incidents.");
Console.WriteLine(completion.Value.Content[0].Text);
