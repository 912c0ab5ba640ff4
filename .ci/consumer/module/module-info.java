/** The consumer on the module path: the rules module alone is required; it brings the model. */
module com.example.consumer {
  requires io.github.rcmgovernance.rules;
}
