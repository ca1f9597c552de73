using System.Text.Json;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Tests.Gates;

/// <summary>The JSON Schema editors use and the keys the engine accepts cannot drift apart.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gates.schema.json"))).RootElement;

    private static string[] PropertiesOf(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToArray();

    private static JsonElement Definition(string name) => Schema.GetProperty("definitions").GetProperty(name);

    private static JsonElement Property(string name) => Schema.GetProperty("properties").GetProperty(name);

    [Fact]
    public void Top_level_keys_match() => Assert.Equal(GatesConfigReader.TopLevelKeys.Order(), PropertiesOf(Schema));

    [Fact]
    public void Budget_keys_match() => Assert.Equal(BudgetReader.Keys.Order(), PropertiesOf(Definition("budget")));

    [Fact]
    public void Release_keys_match() => Assert.Equal(ReleaseReader.Keys.Order(), PropertiesOf(Property("release")));

    [Fact]
    public void Slices_keys_match() => Assert.Equal(GatesConfigReader.SliceKeys.Order(), PropertiesOf(Property("slices")));

    [Fact]
    public void Waiver_keys_match() => Assert.Equal(WaiverReader.Keys.Order(), PropertiesOf(Property("waivers").GetProperty("items")));

    [Fact]
    public void Capacity_keys_match() => Assert.Equal(CapacityReader.Keys.Order(), PropertiesOf(Property("capacity")));

    [Fact]
    public void Statistics_keys_match() => Assert.Equal(StatisticsReader.Keys.Order(), PropertiesOf(StatisticsObject));

    /// <summary>statistics is true, false, or this object.</summary>
    private static JsonElement StatisticsObject => Property("statistics").GetProperty("oneOf")[1];

    [Fact]
    public void Utterance_source_keys_match() =>
        Assert.Equal(EvaluationSourceReader.UtteranceKeys.Order(), PropertiesOf(Definition("evaluationSource").GetProperty("oneOf")[1]));

    [Fact]
    public void Every_key_forbids_unknown_siblings()
    {
        foreach (var element in new[] { Schema, Definition("budget"), Property("release"), Property("slices"), Property("capacity"), StatisticsObject })
        {
            Assert.False(element.GetProperty("additionalProperties").GetBoolean());
        }
    }
}
