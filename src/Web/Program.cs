using OpenCityAomori.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();
builder.AddOcaHost();

var app = builder.Build();
await app.InitializeOcaAsync();
app.UseOcaHost();
await app.RunAsync();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
