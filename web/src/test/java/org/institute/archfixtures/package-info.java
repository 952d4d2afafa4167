/**
 * Fixtures for the architecture rules, shaped like modules ({@code core}, {@code alpha}, {@code
 * beta}, {@code gamma}) and a web layer. Classes named {@code Planted...} break exactly the rule
 * their comment names; {@code ModuleRulesPlantedViolationsTest} checks that each rule reports them
 * and that the rest passes. Never imported with the product's classes.
 */
package org.institute.archfixtures;
