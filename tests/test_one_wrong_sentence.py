"""One wrong sentence inside an otherwise strong answer, as a hostile candidate would slip it in.

Found by trying it (sessions of 2026-12-06, rounds over twenty-one questions): each of these scored
within a few points of the strong answer, the wrong sentence ignored or even credited
("Resampling does not change the predicted probabilities" made the calibration point at 0.78).
Each must now contradict the point it gets wrong; and the right sentences next to them, worded
close to the same mistakes (a condition, a correction, a counterfactual, a myth named as one),
must not.
"""

from __future__ import annotations

import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.grading.grader import Grader

STRONG = {
    "ml.class_imbalance": [
        "Accuracy is useless at one in a thousand, so I'd look at precision-recall curves and use "
        "stratified folds.",
        "The first thing I'd do is keep the scores and move the threshold to where the cost of a miss "
        "balances a false alarm.",
        "Class weights or focal loss make rare-class errors count more.",
        "Resampling is secondary; I'd undersample negatives mainly to save compute, and SMOTE rarely "
        "helps strong models.",
        "Reweighting distorts probabilities, so I'd recalibrate, and I'd only resample the training split.",
    ],
    "llm.rlhf": [
        "You start from a supervised fine-tuned model trained on good demonstrations.",
        "Labelers compare two responses to the same prompt and pick the better one.",
        "A reward model is trained on those comparisons with a pairwise Bradley-Terry loss, so preferred "
        "answers get higher scores.",
        "During RL a KL penalty keeps the policy near the reference model so it cannot just exploit the "
        "reward model.",
        "PPO with a value critic was the classic choice, and critic-free methods like GRPO compare "
        "samples for the same prompt.",
        "Reward hacking is when the policy exploits reward-model flaws, getting verbose or sycophantic "
        "while real quality drops.",
        "DPO skips the separate reward model and learns from the preference pairs directly.",
    ],
    "dl.dropout": [
        "During training dropout zeroes each activation with probability p, drawing a fresh mask every step.",
        "That stops units from co-adapting, so the network learns redundant features.",
        "You can see it as training an ensemble of thinned subnetworks that share weights.",
        "At test time dropout is switched off, and with inverted dropout the surviving activations are "
        "scaled up during training so expectations match.",
        "Big pretrained models often use little dropout because they rarely see an example twice.",
    ],
    "dl.optimizers": [
        "Plain SGD moves every weight against the mini-batch gradient with one global learning rate.",
        "Momentum keeps a decaying average of past gradients, so it speeds up along consistent directions "
        "and damps oscillation.",
        "Adam divides each parameter's step by a running average of its squared gradients, so every "
        "parameter gets its own effective rate.",
        "AdamW decouples weight decay from that adaptive update and is the default for transformers.",
        "The cost is memory, two extra states per parameter, and well-tuned SGD with momentum sometimes "
        "generalizes better.",
    ],
    "ml.cross_validation": [
        "K-fold splits the data into k folds, trains on k minus one and validates on the one left out, "
        "rotating through all of them.",
        "Averaging the fold scores gives a lower-variance estimate than one train-test split.",
        "The spread of fold scores understates the uncertainty, since the folds share most of their "
        "training data.",
        "I tune hyperparameters on the averaged fold scores and report the final number on an untouched "
        "test set.",
        "With rare classes I stratify the folds, and rows from the same patient go in the same fold.",
        "For time series the validation fold always comes after the training data.",
        "Scaling and feature selection are fitted inside each training fold to avoid leakage.",
    ],
    "ml.boosting_vs_random_forest": [
        "A random forest trains many deep trees independently on bootstrap samples with a random subset of "
        "features at each split.",
        "Averaging decorrelated trees mostly cuts variance, so it is robust with little tuning.",
        "More trees never make it overfit; the error just levels off.",
        "Gradient boosting adds shallow trees one at a time, each fitted to the negative gradient of the "
        "loss.",
        "Boosting mainly reduces bias and usually wins on tabular data.",
        "It is sensitive to the learning rate, depth and number of rounds, so it needs early stopping.",
        "Forest trees build in parallel, boosting rounds must run in order.",
    ],
    "dl.batch_norm": [
        "During training, batch norm standardizes each feature using the mean and variance of the current "
        "mini-batch.",
        "Then a learned scale and shift, gamma and beta, let the network undo that normalization where it "
        "helps.",
        "At inference it uses running averages of the mean and variance collected during training, so a "
        "prediction does not depend on which batch it came in.",
        "It makes optimization faster and more stable and tolerates higher learning rates.",
        "The batch noise also regularizes a little.",
        "With tiny batches or in transformers the batch statistics get unreliable, so layer norm, which "
        "normalizes within one example, is used instead.",
    ],
    "dl.residual_connections": [
        "Backprop multiplies per-layer derivatives, so in a deep network the gradient shrinks or explodes "
        "exponentially with depth.",
        "Sigmoid and tanh saturate, with tiny derivatives over most of their range, which makes it worse.",
        "Deep plain networks even end up with higher training error than shallower ones, an optimization "
        "failure rather than overfitting.",
        "A residual block outputs its input plus a learned correction, so each layer only learns a change "
        "to the identity.",
        "The identity path gives the gradient a direct route back to the early layers.",
        "ReLU, careful initialization, normalization and gradient clipping help too.",
    ],
    "stats.central_limit_theorem": [
        "The CLT says the mean of many independent draws is approximately normal, and the approximation "
        "gets better as n grows.",
        "That holds whatever the underlying distribution is, skewed or uniform, as long as the variance is "
        "finite.",
        "The spread of the sample mean shrinks like sigma over the square root of n, which is the standard "
        "error.",
        "It is why we can put confidence intervals on accuracy and run z-tests on A/B conversion rates.",
        "Convergence can be slow for heavy-tailed data, and it fails outright for the Cauchy, which has no "
        "finite variance.",
    ],
    "ml.data_leakage": [
        "Leakage is when information you won't have at prediction time gets into training or evaluation, so "
        "offline scores look better than production.",
        "Target leakage is a feature that is a consequence or proxy of the label, like a field filled in "
        "after the outcome.",
        "Fitting a scaler or feature selection on the whole dataset before the split leaks test statistics "
        "into training.",
        "Random splits leak through duplicates, shared users or time order, so I split by group and by time.",
        "For language models, benchmark items in the pretraining data are contamination.",
        "I catch it with suspiciously high scores, top features that could only be known later, and overlap "
        "checks between splits.",
    ],
    "nlp.kv_cache": [
        "The KV cache stores the keys and values of earlier tokens so they aren't recomputed at each "
        "generation step.",
        "That works because with a causal mask earlier tokens' keys and values never change when new tokens "
        "are appended.",
        "Inference is a parallel prefill over the prompt, then a sequential decode producing one token per "
        "step.",
        "Cache memory grows linearly with context length, batch size and number of layers, and for long "
        "contexts it can exceed the weights.",
        "Decoding is memory-bandwidth bound, since every step reads the whole cache and the weights.",
        "Grouped-query attention, cache quantization, paged memory and prefix caching all cut its cost.",
    ],
    "dl.mixed_precision": [
        "Mixed precision runs matrix multiplications and stored activations in a 16-bit format, float16 or "
        "bfloat16, instead of float32.",
        "That halves activation memory and lets tensor cores run several times faster.",
        "A float32 master copy of the weights takes the optimizer updates, because tiny updates would round "
        "away in 16 bits.",
        "Float16 gradients can underflow, so dynamic loss scaling multiplies the loss before backprop and "
        "unscales the gradients after.",
        "Bfloat16 keeps float32's exponent range with fewer mantissa bits, so it rarely needs loss scaling.",
    ],
    "nlp.lora_fine_tuning": [
        "Full fine-tuning trains every weight, which is the most flexible option but you pay memory for "
        "gradients and Adam states on all parameters.",
        "On a small dataset it can also wipe out general skills, catastrophic forgetting, and each task "
        "ends up as a whole separate copy of the model.",
        "LoRA keeps the pretrained matrices frozen and learns a low-rank delta, B times A, with two thin "
        "matrices.",
        "These days I'd attach adapters to every linear layer, the MLP projections included, not just query "
        "and value.",
        "The delta is scaled by alpha over r, so alpha behaves like a step size you tune with the rank and "
        "learning rate.",
        "After training you can fold the delta into the weights, so serving is as fast as the base model.",
        "Because only a sliver of parameters train, memory drops and many task adapters can sit on one "
        "shared base; QLoRA even keeps that base in 4-bit.",
        "I'd use LoRA when compute is tight or there are many tasks, and full fine-tuning when the domain "
        "is far from pretraining and there's lots of data.",
    ],
    "nlp.decoding_strategies": [
        "Greedy takes the argmax token every step, deterministic, but it tends to repeat itself and can "
        "miss a better overall sequence.",
        "Beam search tracks the few best partial sequences, great for translation, but in open-ended chat "
        "it produces bland text.",
        "Temperature scales the logits before the softmax: below one sharpens the distribution, above one "
        "flattens it.",
        "Top-k samples only among the k most likely tokens, so the junk tail is cut off.",
        "Top-p keeps the smallest set of tokens whose probabilities sum to p, so the set shrinks when the "
        "model is sure and grows when it isn't.",
        "For code or factual answers I'd go greedy or low temperature; for creative writing a higher "
        "temperature with top-p.",
    ],
    "ml.probability_calibration": [
        "A model is calibrated if, of all the cases it scores at 0.7, about 70 percent are actually "
        "positive.",
        "That's a different property from discrimination: AUC only cares about ranking, so any monotone "
        "squashing of the scores leaves it unchanged.",
        "I'd draw a reliability diagram, binning predictions by confidence and comparing each bin's "
        "positive rate with its mean predicted probability.",
        "ECE summarises those gaps, and Brier score and log loss are proper scoring rules that reward "
        "calibration too.",
        "Deep nets tend to be overconfident, and training on resampled data shifts all the probabilities.",
        "I'd fit the calibrator on a held-out calibration split, never on the training predictions.",
        "Platt scaling fits a sigmoid to the scores, isotonic regression fits any monotone function but "
        "needs more data, and temperature scaling divides the logits by one learned constant, which keeps "
        "the argmax and accuracy.",
        "It matters whenever probabilities feed decisions, like cost-sensitive thresholds or deciding when "
        "to abstain.",
    ],
    "dl.layer_norm": [
        "Batch norm normalizes each feature over the batch dimension, while layer norm normalizes over the "
        "features of one token.",
        "So layer norm never looks at other examples: training and inference behave the same and a batch of "
        "one is fine.",
        "With variable-length sequences, padding and tiny per-GPU batches, batch statistics get noisy, "
        "which is why language models went with layer norm.",
        "Modern transformers use pre-norm, normalizing the input of each sublayer, which keeps the residual "
        "path clean and trains deep stacks more stably than post-norm.",
        "RMSNorm skips subtracting the mean and just divides by the root mean square, a cheaper variant "
        "most LLMs use.",
    ],
    "ml.feature_scaling": [
        "Anything that measures distance needs scaling, k-NN, k-means, RBF SVMs, or the feature with the "
        "biggest range swamps the distance.",
        "PCA too, otherwise whichever feature has the largest raw variance takes over the first components.",
        "Ridge and lasso need it because the penalty on coefficients depends on each feature's units.",
        "Gradient descent converges faster on standardised inputs, since mixed scales make the loss surface "
        "badly conditioned.",
        "Trees and forests don't care: a split threshold doesn't move under a monotonic transform of the "
        "feature.",
        "Standardising means subtracting the mean and dividing by the standard deviation.",
        "Min-max scaling gets squashed by outliers, so I'd use robust scaling with the median and IQR when "
        "there are outliers.",
        "And the scaler is fit on the training split only, then the same transform goes to validation, test "
        "and serving.",
    ],
    "nlp.tokenization": [
        "A tokenizer turns raw text into integer IDs from a fixed vocabulary, and each ID looks up an "
        "embedding.",
        "Word vocabularies explode and still hit unknown words, while characters make sequences very long, "
        "so subwords are the middle ground.",
        "BPE starts from characters or bytes and keeps merging the most frequent adjacent pair in the "
        "corpus until it reaches the vocabulary size.",
        "Byte-level BPE falls back to raw bytes, so any string can be encoded and nothing is out of "
        "vocabulary.",
        "Many languages take several times more tokens than English for the same text, so they cost more "
        "and fill the context sooner.",
        "Numbers get split inconsistently, which hurts arithmetic, and since the model sees tokens not "
        "letters, spelling and counting characters are hard.",
    ],
    "ml.kmeans_clustering": [
        "K-means minimises the within-cluster sum of squared distances to each cluster's mean.",
        "Lloyd's algorithm alternates two steps: assign each point to the nearest centroid, then move each "
        "centroid to the mean of its points.",
        "It always converges, but to a local minimum that depends on where the centroids started.",
        "So I use k-means++ seeding and several restarts and keep the run with the lowest inertia.",
        "It breaks on elongated, ring-shaped or interleaved clusters and on clusters of very different "
        "sizes or densities, since it likes compact convex blobs.",
        "It's sensitive to feature scale and outliers, so I standardise, and k-medoids is more robust.",
        "Inertia always drops as k grows, so I choose k with the elbow, silhouette or gap statistic, or by "
        "what the clusters are for.",
        "When it fails, Gaussian mixtures, DBSCAN or spectral clustering handle those shapes.",
    ],
    "ml.pca_svd": [
        "PCA finds orthogonal directions ordered by how much variance the data has along them, and projects "
        "onto the top k.",
        "You centre the data first, otherwise the first component mostly points at the mean.",
        "The directions are eigenvectors of the covariance matrix, and each eigenvalue is the variance "
        "along its direction.",
        "With the SVD of the centred data, X = U Sigma V transpose, the columns of V are the principal "
        "directions.",
        "The SVD route never forms X transpose X, which would square the condition number, and randomized "
        "SVD scales to big data.",
        "I pick k from cumulative explained variance, the elbow of a scree plot, or downstream "
        "cross-validation.",
        "It's scale dependent, so I standardise features in different units first.",
        "And the top-variance directions needn't predict the label, since PCA never looks at it.",
    ],
    "ml.naive_bayes": [
        "By Bayes' rule the class posterior is proportional to the prior times the likelihood of the "
        "features given the class.",
        "The naive part is assuming features are conditionally independent given the class, so the "
        "likelihood factorises into one term per feature.",
        "Training is just counting class and per-class word frequencies, so it's fast and fine with little "
        "data and many features.",
        "Multinomial suits word counts, Bernoulli binary presence, and Gaussian continuous features.",
        "Laplace smoothing adds pseudo-counts so an unseen word doesn't zero out the whole product.",
        "I sum log-probabilities instead of multiplying, to avoid underflow.",
        "Correlated words get counted several times, so the posteriors are pushed to zero or one and are "
        "badly calibrated.",
        "But classification only needs the right class on top, which often survives the broken assumption.",
    ],
    "ml.bias_variance": [
        "Bias is the error from assumptions that are too simple, so a high-bias model underfits.",
        "Variance is the error from sensitivity to the training sample, so a high-variance model overfits.",
        "Test error is bias squared plus variance plus noise, and the noise no model removes.",
        "Making the model more flexible lowers bias and raises variance, so you pick the complexity "
        "where the total is lowest.",
        "You tell them apart with learning curves: a big gap between train and validation error is "
        "variance, high error on both is bias.",
        "To fix high variance you regularize, collect more data or bag several models.",
        "To fix high bias you use a bigger model, richer features or train longer.",
    ],
    "ml.overfitting": [
        "Overfitting is when the model learns the noise and quirks of its training set, so it looks "
        "great in training but does poorly on new data.",
        "You spot it when training loss keeps going down while validation loss flattens out or starts "
        "going up.",
        "The most reliable fix is usually more data, or augmentation, which makes memorizing harder.",
        "Regularization helps too: L2 weight decay, L1 or dropout limit what the model can fit.",
        "Early stopping halts training when the validation loss stops improving.",
        "A simpler model, fewer features or shallower trees leaves less capacity to memorize.",
        "And the evaluation has to be honest: cross-validation for tuning and a test set you only "
        "touch once, with no leakage.",
    ],
    "ml.classification_metrics": [
        "Accuracy hides what kind of mistakes you make, so I start from the confusion matrix of true "
        "and false positives and negatives.",
        "Precision is the fraction of predicted positives that are actually positive, which matters "
        "when false alarms are expensive, like spam filtering.",
        "Recall is the fraction of actual positives that you catch, which matters when misses are "
        "expensive, like cancer screening.",
        "Moving the threshold trades one against the other, and F1 is their harmonic mean.",
        "The ROC curve plots true positive rate against false positive rate across thresholds, and AUC"
        " measures how well the model ranks.",
        "With heavy imbalance ROC AUC can look great while precision is poor, so I look at the "
        "precision-recall curve instead.",
    ],
    "ml.regularization_l1_l2": [
        "Both add a penalty on the weights to the loss, and lambda sets how much training fit you give"
        " up for simplicity.",
        "L2, or ridge, penalizes the squared weights, so it shrinks all of them smoothly towards zero "
        "but hardly ever to exactly zero.",
        "L1, or lasso, penalizes the absolute values and pushes many weights to exactly zero, so it "
        "does feature selection for you.",
        "The reason is that the L1 gradient stays the same size near zero, and its constraint region "
        "is a diamond whose corners sit on the axes.",
        "From a Bayesian view L2 is a Gaussian prior on the weights and L1 a Laplace prior.",
        "You pick lambda by cross-validation, and standardize the features first so the penalty treats"
        " them the same.",
    ],
    "nlp.continuous_batching": [
        "With static batching the whole batch runs until its longest sequence is done, so the finished"
        " ones sit there as padding and new requests queue behind the batch.",
        "Continuous batching schedules at every decode step: finished sequences leave and waiting "
        "requests join right away.",
        "Since decode is bound by memory bandwidth, a fuller batch costs little extra per step, so "
        "keeping it full multiplies throughput.",
        "How many sequences fit is limited by KV cache memory, which is why it comes with paged KV "
        "cache management.",
        "A long prompt's prefill can stall the running decodes, so prefills are chunked and "
        "interleaved with decode steps.",
        "If the cache runs out mid-generation, the scheduler preempts a sequence, swapping its cache "
        "to CPU or recomputing it later.",
        "Bigger batches raise throughput but slow down each sequence's tokens, so the batch cap is a "
        "policy choice.",
    ],
    "dl.mixture_of_experts": [
        "An MoE layer swaps the feed-forward block for many experts and a learned router that sends "
        "each token to its top k.",
        "Compute per token follows the active parameters, not the total, so training costs about six "
        "times active parameters times tokens.",
        "But every expert has to sit in memory, so weight memory is that of a dense model with the "
        "same total parameters.",
        "Mixtral 8x7B has about 47B parameters in all, about 13B active per token.",
        "Routers tend to collapse onto a few experts, so a load-balancing loss or a per-expert bias "
        "keeps the load even.",
        "Each expert has a capacity per batch, and overflow tokens are dropped or carried by the residual.",
        "With expert parallelism the experts live on different GPUs, and each MoE layer needs all-to-"
        "all exchanges.",
    ],
    "nlp.speculative_decoding": [
        "A small draft model, or a few extra heads on the big one, guesses the next handful of tokens "
        "one at a time.",
        "The big target model then checks all of those guessed positions in one forward pass.",
        "That check costs about as much as producing a single token, because decoding is limited by "
        "memory bandwidth and the weights are read once either way.",
        "Each guess is kept with probability min(1, p over q), and at the first rejection we sample "
        "from the normalized leftover distribution, so the output distribution is exactly the "
        "target's.",
        "How much it helps depends on the acceptance rate and on how cheap the draft is; with "
        "acceptance alpha a pass gives about (1 minus alpha to the k plus 1) over (1 minus alpha) "
        "tokens.",
        "At large batch sizes it pays off less, because decoding gets closer to compute bound and the "
        "extra verification is no longer free.",
        "You can also draft without a second model, with Medusa or EAGLE heads, or by prompt lookup "
        "that copies n-grams from the context.",
    ],
    "dl.attention_kv_variants": [
        "All the later variants are about shrinking the KV cache, which limits context length, batch "
        "size and decode speed since every step reads the whole cache.",
        "In standard multi-head attention every query head has its own key and value head, so a layer "
        "stores 2 times heads times head dimension values per token.",
        "Multi-query attention has all the query heads share one key and value head, cutting the cache"
        " by the number of heads at some cost in quality.",
        "Grouped-query attention is the middle ground: groups of query heads share a key and value "
        "head, so 64 query heads with 8 KV heads give an eightfold smaller cache.",
        "You can convert an existing multi-head checkpoint to GQA by averaging key and value heads and"
        " training briefly.",
        "Multi-head latent attention caches a small compressed latent per token and rebuilds keys and "
        "values from it with up-projections that can be folded into other projections.",
        "RoPE does not survive that folding, so MLA keeps a small separate rotary key.",
    ],
    "dl.training_memory": [
        "Adam keeps two float32 moments per parameter, the mean and the mean of squared gradients, so "
        "8 bytes per parameter.",
        "There is also a float32 master copy of the weights, 4 bytes, because small updates to a bf16 "
        "weight would round away.",
        "With the 2-byte bf16 weights and 2-byte gradients that is about 16 bytes per parameter, "
        "roughly 112 GB for 7 billion parameters before activations.",
        "Activations come on top and grow with micro-batch size, sequence length, width and depth, "
        "whatever the optimizer.",
        "To fit on 80 GB cards I would shard optimizer states, gradients and parameters with ZeRO or "
        "FSDP, so 8 GPUs hold about 14 GB of model state each.",
        "Activation checkpointing, 8-bit optimizer states, CPU offloading, or LoRA for fine-tuning cut"
        " it further.",
    ],
    "design.llm_serving": [
        "I'd start from the service-level objectives: time to first token, inter-token latency once "
        "streaming starts, throughput, cost per million tokens and availability, across chat, long-"
        "document and batch traffic.",
        "Prefill handles the whole prompt in parallel and is compute-bound, whereas decode emits one "
        "token per step, rereading all the weights and the KV cache each time, so it is bound by "
        "memory bandwidth and needs large batches to be efficient.",
        "So the engine uses continuous batching, where requests enter and exit the running batch at "
        "each decode iteration rather than a static batch waiting on its slowest member.",
        "The KV cache dominates GPU memory, so I'd allocate it in fixed-size pages as PagedAttention "
        "does to stop fragmentation and cache shared prefixes like system prompts for reuse, and a "
        "model too big for one GPU is split with tensor parallelism within a node, with more replicas "
        "for throughput.",
        "To cut latency and cost I'd use 8-bit weight quantization and speculative decoding with a "
        "small draft model, shipping each only once quality evals show no regression.",
        "A router sends requests by queue depth and prefix-cache locality, with per-customer rate "
        "limits and priority tiers, and autoscaling keeps spare headroom because a new replica needs "
        "minutes to load its weights.",
        "Before launch I'd load-test to get latency percentiles against throughput, and in production "
        "monitor time to first token and inter-token latency at p50 and p99, queue depth, GPU and KV-"
        "cache utilization and errors per customer.",
        "Abuse is handled by authentication, rate limits and safety classifiers in the request path, "
        "and the prefix cache is isolated per tenant.",
        "The central trade-off is batch size: bigger batches increase throughput and lower cost per "
        "token but slow down each individual user's stream.",
    ],
    "design.rag_assistant": [
        "First I'd agree with the users what a good answer means: correct, sourced with citations, "
        "current, willing to say it doesn't know, returned within a few seconds, and drawn only from "
        "documents that person may see.",
        "Connectors pull from the wiki, ticketing system and policy store, parse each document, chunk "
        "it along its headings, keep metadata like owner, last-edit date and access list, and re-index"
        " incrementally whenever a document changes so we never need a full rebuild.",
        "Retrieval is hybrid: BM25 for exact terms like error codes and product names, dense "
        "embeddings for paraphrases, and a cross-encoder that reranks the top fifty or so candidates.",
        "Access control is enforced inside retrieval by filtering on the user's groups and ACLs before"
        " any passage reaches the LLM, because a model merely instructed to keep secrets will sooner "
        "or later leak them.",
        "The LLM answers only from the retrieved passages, cites them, and says it could not find an "
        "answer when they don't support one.",
        "I'd evaluate retrieval on its own with recall@k over real employee questions labeled with the"
        " documents that answer them, and grade answers for faithfulness to the passages and "
        "correctness using an LLM judge validated against human labels.",
        "In production I log questions, ratings, no-answer rates and which citations people open, and "
        "review the failures every week.",
        "Retrieved text is untrusted, since a document may carry a prompt injection, so it is treated "
        "purely as data and the assistant has no tools that act without the user.",
        "The trade-offs are chunk size and number of passages against latency and cost, and retrieval "
        "against stuffing whole documents into a long context window.",
    ],
    "design.fraud_detection": [
        "At checkout we have roughly 100 ms to choose among approve, step-up verification such as a "
        "one-time code, manual review, or decline.",
        "Fraud is maybe one payment in a thousand, so accuracy is useless; I'd measure in money, fraud"
        " losses prevented versus revenue lost on falsely declined good customers, and pick the "
        "operating threshold from the precision-recall curve.",
        "Labels come from chargebacks and analyst-confirmed cases and arrive weeks later, and a "
        "declined payment never gets a label at all.",
        "The best features are behavioural aggregates computed on the stream, such as how many "
        "payments this card made in the last hour, a new device or shipping address and the merchant's"
        " fraud rate, fed to gradient-boosted trees alongside rules for known patterns and graph "
        "features for fraud rings.",
        "A streaming feature store computes every feature the same way online and in training to avoid"
        " training-serving skew, and a rule-based fallback takes over if the model is down.",
        "I evaluate with a time-based split, training on older months and testing on a later period "
        "whose labels have matured, weighted by amount, and monitor score distributions, approval and "
        "decline rates and fraud rates per segment with alerts on shifts.",
        "Fraudsters adapt and probe the threshold with small test payments, so I retrain often and "
        "keep some signals hard to observe.",
        "A small random holdout of risky payments is let through or sent to review, giving unbiased "
        "labels for what the model would have declined.",
        "The trade-off is customer friction against fraud losses, with thresholds set per segment from"
        " those costs.",
    ],
    "design.ads_ctr": [
        "The predicted click probability feeds the auction, which multiplies it by the bid to rank ads"
        " and set prices, so it must be a calibrated probability, not just a good ranking.",
        "Offline I'd track log loss normalized against a baseline that predicts the average click "
        "rate, plus AUC, and online the decision rests on revenue alongside advertiser return and user"
        " signals like ad hides.",
        "Training data is the impression log joined with clicks inside an attribution window, billions"
        " of rows a day, so negatives are downsampled and the predictions are then corrected back for "
        "the sampling rate to stay calibrated.",
        "Features are mostly high-cardinality categorical ids for user, ad, advertiser, publisher and "
        "context, hashed into learned embeddings with feature crosses in a deep-and-cross or DLRM-"
        "style network, with logistic regression on crosses as the baseline.",
        "Campaigns change daily, so the model trains continuously on fresh data, and brand-new ads "
        "borrow from their advertiser and category until they have their own history.",
        "Serving scores a few hundred candidate ads per request in around 10 ms, with the embedding "
        "tables sharded across machines.",
        "I'd evaluate by training on past days and testing on the next day, checking calibration per "
        "segment as predicted over observed clicks, then run an A/B test, and in production monitor "
        "calibration drift, feature coverage and spend pacing.",
        "Click fraud and bots inflate clicks and cost advertisers money, so invalid traffic is "
        "filtered out before both training and billing.",
        "The trade-offs are revenue against ad load and user experience, and exploring new ads against"
        " short-term revenue.",
    ],
    "design.experimentation_platform": [
        "The platform must let hundreds of teams run trustworthy experiments without a statistician "
        "each, so metrics are defined once in a shared catalog and each experiment declares a primary "
        "metric and guardrails.",
        "Assignment hashes the user id with an experiment-specific salt, so a user stays in the same "
        "arm across sessions and devices, and layers let many experiments run concurrently without "
        "colliding.",
        "Exposure is logged when a user actually encounters the change, and the analysis covers only "
        "exposed users, so the effect isn't diluted by people who never saw it.",
        "The stats engine computes variance at the randomization unit, uses the delta method for ratio"
        " metrics like clicks per session, and reduces variance with CUPED, adjusting each user's "
        "metric by their pre-experiment value.",
        "Peeking daily and stopping at the first significant result inflates false positives, so "
        "experiments get a fixed horizon from a power analysis or use a sequential test that stays "
        "valid under continuous monitoring.",
        "Every experiment is automatically checked for sample ratio mismatch with a chi-squared test, "
        "and A/A tests run regularly, since broken splits and logging bugs are more common than real "
        "effects.",
        "With dozens of metrics some will move by chance, so secondary metrics are corrected for "
        "multiple comparisons and the decision rests on the pre-registered primary metric.",
        "Guardrails like latency, crash rate and revenue are watched in near real time with automatic "
        "stopping on clear harm, and where users interact, as in marketplaces or social features, "
        "user-level randomization is biased, so the platform offers cluster or switchback designs.",
        "The trade-off is speed against rigour, and novelty effects mean running at least a week or two.",
    ],
    "design.training_data_pipeline": [
        "Requirements first: the token budget, target languages and domains, legal constraints like "
        "robots.txt and opt-outs, and reproducibility, meaning every training run points to an exact "
        "versioned data snapshot.",
        "Extraction pulls the main text out of the HTML without navigation and boilerplate, then "
        "identifies the language and normalizes the encoding.",
        "Deduplication removes exact duplicates by hashing and near-duplicates with MinHash and "
        "locality-sensitive hashing over word n-gram shingles, and also strips lines repeated across "
        "many pages.",
        "Quality filtering mixes cheap heuristics like length, symbol ratio and repetition with a "
        "classifier trained to separate reference-quality text from random pages, and I audit what it "
        "drops so it doesn't wipe out dialects or whole domains.",
        "Safety filtering removes personal data such as emails and phone numbers plus toxic and "
        "illegal content, and decontamination drops any document sharing a long n-gram, say 13 tokens,"
        " with an evaluation item, logging what was removed.",
        "Mixture weights across web, code, books, maths and papers come from ablations on small proxy "
        "models, with scarce high-quality sources repeated for only a few epochs.",
        "It runs on a distributed framework like Spark or Beam over sharded files, with lineage from "
        "every output shard back to its inputs and filter versions.",
        "Any filter change is judged by training a small model on the old and new data and comparing "
        "downstream evals, and by reading samples at each stage, while per-stage keep rates and "
        "language mix are monitored and compared across crawls.",
        "The main trade-off is quality against quantity and diversity, since aggressive filtering "
        "leaves too few tokens.",
    ],
    "design.eta_prediction": [
        "I'd define the target as time from order to door, predicted on the restaurant list and "
        "updated as the order moves, and note that late costs much more than early: lateness brings "
        "complaints and refunds, while an overly pessimistic estimate just loses some orders.",
        "I'd break the journey into food preparation, courier assignment and pickup, and travel, "
        "because each stage has different drivers.",
        "Features mix real-time signals, the restaurant's open orders, available couriers nearby, "
        "traffic and weather, with historical aggregates like this restaurant's usual prep time at "
        "this hour.",
        "A gradient-boosted model per stage predicts quantiles, such as the median and the 90th "
        "percentile, rather than only the mean.",
        "The loss follows the costs: quantile loss instead of squared error, with metrics including "
        "mean signed error to catch systematic lateness and the share of deliveries inside the "
        "promised range.",
        "The displayed ETA changes behaviour, as customers cancel or pick other restaurants and "
        "restaurants and couriers react, so offline gains have to be confirmed by an A/B test on "
        "conversion, cancellations and complaints.",
        "For serving, estimates per restaurant and area are precomputed every few minutes for the list"
        " page, and a single order is recomputed on demand.",
        "I evaluate on weeks later than training, sliced by city, hour and restaurant type, monitor "
        "error by city and hour in real time, and fall back to historical averages if features break.",
        "Labels need cleaning, since couriers sometimes mark orders delivered early, so I check them "
        "against GPS traces, and the overall trade-off is accuracy against caution, because padding "
        "every ETA reduces lateness but loses orders.",
    ],
    "design.anomaly_detection": [
        "I'd start with requirements: which metrics matter, a detection-delay target such as five "
        "minutes, and an alert budget of how many false pages a week on-call will accept, which sets "
        "the thresholds.",
        "Events go through a queue like Kafka into a stream processor such as Flink that aggregates "
        "them into per-minute time series per metric and per breakdown like country, payment method "
        "and app version.",
        "Fixed thresholds fail on series with daily and weekly cycles, so each series gets a baseline "
        "modeling trend and seasonality, like a seasonal decomposition or a light forecaster, and a "
        "point is anomalous when its residual is large on a robust scale like the median absolute "
        "deviation.",
        "Labeled incidents are rare, so detection is mostly unsupervised, and each alert asks on-call "
        "whether it was real, which yields labels for tuning.",
        "With thousands of series, even a tiny per-series false-alarm rate floods on-call, so I "
        "require deviations to persist over several windows, group alerts sharing a cause, and set "
        "thresholds from the alert budget.",
        "The baseline is fitted on history with past incidents removed, otherwise an outage teaches "
        "the model that outages are normal, and each alert carries context: which breakdowns drive it "
        "and recent deploys or config changes.",
        "I evaluate by replaying history, measuring recall of known incidents, detection delay and "
        "false alerts per day, plus synthetic anomalies injected into clean data.",
        "The detector itself is monitored, so missing or late data raises its own alert, since silence"
        " can look like calm.",
        "The core trade-off is sensitivity against false alarms against detection delay.",
    ],
    "code.attention": [
        "I start by taking the dot product of every query against every key, which is one matrix "
        "multiplication of Q by the transpose of K, giving an n by m score matrix.",
        "Those scores get divided by the square root of the key dimension d, since the variance of a "
        "dot product of d-dimensional vectors grows with d, and unscaled scores would saturate the "
        "softmax so the weights become nearly one-hot and the gradients vanish.",
        "Wherever the mask is False I put minus infinity into the score, so after the softmax that key"
        " receives exactly zero weight; this is how a causal mask hides future tokens.",
        "Next I apply a softmax across the key axis, the last axis, so each query's weights over the "
        "keys sum to one.",
        "Before exponentiating I subtract each row's maximum score, which leaves the softmax unchanged"
        " but keeps the exponentials from overflowing.",
        "A query whose row is fully masked would give NaN from minus infinity minus minus infinity, so"
        " I detect those rows and give them zero weights and a zero output.",
        "Then multiplying the weight matrix by V makes each output row a weighted average of the value"
        " vectors, weighted by that query's attention.",
        "Since the full n by m score matrix is built, time is O(n·m·d) and memory O(n·m), which is "
        "quadratic in the sequence length.",
    ],
    "code.softmax_cross_entropy": [
        "Exponentiating raw logits breaks down quickly, since in float64 exp of anything above roughly"
        " 709 is infinity, so for each row I first subtract its maximum logit.",
        "That shift is exact, because adding or removing the same constant from every logit in a row "
        "leaves the softmax probabilities identical, and afterwards the biggest exponent is exp of "
        "zero.",
        "For the loss I avoid taking the log of the probabilities, since a tiny probability can "
        "underflow to exactly zero and then its log is minus infinity.",
        "Instead I work with log-softmax: each shifted logit minus the log of the summed exponentials "
        "of its row, the log-sum-exp, which stays finite for any input.",
        "The cross-entropy of a row is the negative log-probability assigned to its true target class,"
        " and the loss is the mean of that over the n rows.",
        "I pick out the target entries with fancy indexing, an arange of row indices paired with the "
        "targets, so there is no Python loop and the cost is O(n·c).",
        "For backprop the gradient with respect to the logits is just the softmax probabilities minus "
        "the one-hot targets, divided by n.",
    ],
    "code.batchnorm": [
        "In training mode I take, for every feature, the mean and variance of the current mini-batch "
        "over the batch axis, axis zero, then subtract that mean and divide by the square root of the "
        "variance plus epsilon, so each feature is zero-mean and unit-variance within the batch.",
        "The epsilon inside the square root protects against dividing by zero when a feature is "
        "constant across the batch and its variance is zero.",
        "After normalizing I scale by gamma and shift by beta, learned per-feature parameters that can"
        " undo the normalization if the network prefers another scale or offset, so no expressive "
        "power is lost.",
        "While training I also update running estimates of the mean and variance as exponential moving"
        " averages with momentum, keeping one minus momentum of the old value and adding momentum "
        "times the batch value.",
        "The batch is normalized with the biased variance, dividing by n, but the running variance is "
        "fed the unbiased one, dividing by n minus one, because it estimates the population variance; "
        "that is also why a batch of one is rejected.",
        "In inference mode the layer uses those stored running statistics and leaves them unchanged, "
        "so a prediction is deterministic and does not depend on which other examples share its batch,"
        " and even a single example works.",
        "The whole thing is vectorized and costs O(n·d).",
        "When batches are tiny the batch statistics become noisy, so layer norm or group norm, which "
        "normalize within each example, are the better choice there.",
    ],
    "code.beam_search": [
        "Instead of committing to the single best token at each step like greedy decoding, beam search"
        " keeps the beam_width highest-scoring partial sequences, so a continuation that starts with a"
        " slightly worse token can still win later.",
        "It remains a heuristic, though: with a narrow beam it can miss the sequence with the highest "
        "overall probability, and a beam width of one is exactly greedy decoding.",
        "I score hypotheses by summing log-probabilities rather than multiplying probabilities, since "
        "a long product of small numbers underflows to zero.",
        "When a kept hypothesis ends in the end token it moves to the finished list and leaves the "
        "beam; the search stops when no live hypothesis is left or after max_len steps, and whatever "
        "is still live then counts as finished.",
        "Because each added token contributes a negative log-probability, raw sums systematically "
        "favour shorter outputs, so I compare finished hypotheses by their sum divided by their length"
        " raised to the length penalty, where zero means no normalization and one gives the average "
        "log-probability per token.",
        "For cost, only the top beam_width tokens of each hypothesis can possibly survive, so I take "
        "those with a partial sort such as argpartition and then pick the best of at most k squared "
        "candidates, making a step about O(k·V) rather than a sort of all k·V extensions.",
        "Ties are broken by preferring the lexicographically smaller token list, a fixed rule that "
        "keeps the output deterministic and testable.",
    ],
    "code.roc_auc": [
        "AUC has a clean pairwise meaning: it is the chance that a positive picked at random receives "
        "a higher score than a negative picked at random, with ties counted as one half.",
        "Checking all positive-negative pairs directly would cost O(P·N), which is too slow for tens "
        "of thousands of examples.",
        "So I sort all the scores once and assign ranks from one to n, giving tied scores the average "
        "of the ranks they span, which is exactly what makes a tied pair contribute one half.",
        "Summing the positives' ranks and subtracting P(P+1)/2 gives the Mann-Whitney U statistic, the"
        " count of correctly ordered pairs, and dividing by P times N gives the AUC, all in O(n log n)"
        " for the sort.",
        "If every label is the same there are no positive-negative pairs, so the AUC is undefined and "
        "I raise a ValueError instead of returning something made up.",
        "Only the ordering of the scores matters, so AUC does not depend on any threshold and is "
        "unchanged by a monotonic transformation such as a sigmoid or a log.",
        "Equivalently, it is the area under the curve of true positive rate against false positive "
        "rate as the threshold sweeps from high to low, which trapezoids can integrate after sorting.",
    ],
    "code.kmeans": [
        "Each iteration has two halves; in the assignment step each point is labelled with its closest"
        " centroid under Euclidean distance, which I get by building the full n by k matrix of squared"
        " distances with broadcasting and taking the argmin of every row, so ties go to the lower "
        "index.",
        "In the update step each centroid is recomputed as the mean of the points now assigned to it.",
        "If a centroid ends up with no points, its mean would divide by zero, so it simply stays where"
        " it was; reseeding it at a far-away point is another common rule.",
        "Neither step can increase the within-cluster sum of squared distances, the inertia, and there"
        " are only finitely many possible assignments, so the algorithm must converge; I stop as soon "
        "as no label changes, with max_iters as a safety cap.",
        "What you reach is only a local optimum that depends on the initial centroids, which is why "
        "people use k-means++ seeding and several restarts, keeping the run with the lowest inertia.",
        "One iteration costs O(n·k·d) time, dominated by the distance matrix.",
        "Since Euclidean distance is sensitive to scale, I would standardize the features first, and I"
        " would pick k with the elbow method or silhouette scores.",
    ],
    "code.logistic_regression": [
        "The model computes a linear score z equal to X times w plus b and squashes it through a "
        "sigmoid to get the probability that the label is one.",
        "Training minimizes the average binary cross-entropy, the negative log-likelihood, and its "
        "gradient with respect to w is X transposed times the predictions minus the labels, divided by"
        " n, with the bias gradient the mean of that difference, because the sigmoid's derivative "
        "cancels against the log's.",
        "Each epoch is a couple of matrix-vector products, so it costs O(n·d), and standardizing the "
        "features makes gradient descent converge much faster.",
        "The loss is convex in w and b, so with a small enough learning rate gradient descent reaches "
        "the global minimum, with no bad local minima to get stuck in.",
        "The exception is linearly separable data, where the loss keeps shrinking as the weights grow,"
        " so they diverge to infinity unless you add L2 regularization or stop early.",
        "Numerically, a naive sigmoid overflows in exp for very negative scores, so I use a stable "
        "form that branches on the sign of z or goes through tanh.",
        "For the loss I never take the log of a probability that may round to zero or one; I compute "
        "it from the score as logaddexp of zero and z minus y times z, which stays finite for any z.",
    ],
    "code.reservoir_sampling": [
        "I fill the reservoir with the first k items, and then for the item at zero-based position i, "
        "when i plus one items have been seen, I draw j uniformly below i plus one and put the item in"
        " slot j if j is below k.",
        "That single draw does two jobs: the new item gets in with probability k over the number seen "
        "so far, i plus one, and when it does, it evicts a uniformly chosen slot.",
        "To see it is uniform, use induction: assume that after n items every one of them sits in the "
        "reservoir with probability k over n.",
        "Item n plus one enters with probability k over n plus one, and an item already inside is "
        "knocked out only if the new one enters and lands on its slot, probability one over n plus "
        "one, so it survives with probability n over n plus one and ends at k over n plus one, the "
        "same for every item.",
        "It reads the stream once and holds only k items, O(k) memory, so it works on streams whose "
        "length is unknown or too large to store.",
        "Time is linear in the stream length with one random draw per item past the first k; Algorithm"
        " L cuts the number of draws by sampling how many items to skip.",
        "Because the generator is seeded, the sample is reproducible, which is what makes the function"
        " testable.",
    ],
    "stats.bayes_theorem": [
        "Bayes' theorem says the posterior probability of a hypothesis given the data equals the "
        "likelihood of the data under that hypothesis times the prior, divided by the marginal "
        "probability of the data, the evidence.",
        "So it is a rule for updating beliefs: the prior is what I believed before the data, and the "
        "posterior is that belief revised once the evidence comes in.",
        "Base rates matter a lot: for a disease with one-in-a-thousand prevalence and a test with 99 "
        "percent sensitivity and a one percent false-positive rate, a positive result means only about"
        " a nine percent chance of disease, because false positives from the many healthy people "
        "outnumber the true positives.",
        "In ML, naive Bayes applies the rule while assuming the features are conditionally independent"
        " given the class, which is how the classic spam filters worked.",
        "MAP estimation maximizes the log-likelihood plus the log prior, and a Gaussian prior on the "
        "weights turns out to be exactly L2 regularization, while a Laplace prior gives L1.",
        "Fully Bayesian methods keep the whole posterior over parameters rather than one value, which "
        "gives uncertainty estimates, as in Gaussian processes and Bayesian optimization.",
    ],
    "stats.p_value": [
        "A p-value is the probability, assuming the null hypothesis is true, of seeing a test "
        "statistic at least as extreme as the one we actually observed.",
        "To compute it, I pick a test statistic such as the difference in conversion rates divided by "
        "its standard error, get its distribution under the null either from theory like a t "
        "distribution or by permuting the labels, and take the tail area beyond the observed value.",
        "I compare it against a significance level fixed before the experiment, usually 0.05, which is"
        " the false positive rate I'm willing to accept when the null is true.",
        "It is not the probability that the null hypothesis is true; that would need a prior and "
        "Bayes' theorem, which the frequentist calculation never uses.",
        "It also doesn't measure how big or important the effect is: with millions of users, tiny "
        "differences become significant, so I report the effect size with a confidence interval.",
        "And peeking repeatedly or testing many metrics inflates false positives, so I'd use "
        "sequential testing or corrections like Bonferroni or Benjamini-Hochberg.",
    ],
    "stats.correlation_causation": [
        "Correlation just means two variables move together statistically, and Pearson correlation "
        "only captures linear association, so a zero correlation can hide a strong nonlinear "
        "relationship.",
        "Causation means that intervening to change one variable would change the other.",
        "The classic trap is a confounder: ice cream sales and drownings rise together because hot "
        "weather drives both, not because one causes the other.",
        "Spurious associations can also come from reverse causation, from selection effects such as "
        "only looking at users who stayed, or from chance when you scan many variables.",
        "The cleanest way to show causation is a randomized experiment like an A/B test, because "
        "random assignment balances every confounder, including ones we never measured.",
        "When experiments aren't possible, I'd use observational causal inference under explicit "
        "assumptions: a causal graph to choose what to adjust for, matching, difference-in-"
        "differences, or instrumental variables.",
        "This matters for ML as well, since models pick up spurious correlations as shortcuts, like a "
        "scanner watermark in medical images, and those break under distribution shift.",
    ],
    "stats.mle_vs_map": [
        "Maximum likelihood picks the parameters under which the observed data are most probable, and "
        "in practice we maximize the log-likelihood, which turns the product over examples into a sum.",
        "Many standard losses are negative log-likelihoods: squared error is MLE under Gaussian noise,"
        " and cross-entropy is MLE for a categorical output, which is how classifiers and language "
        "models are trained.",
        "With little data, MLE overfits: after three heads in three tosses it says the coin lands "
        "heads every time.",
        "MAP puts a prior on the parameters and maximizes the posterior, which is the log-likelihood "
        "plus the log prior.",
        "That prior acts as a regularizer, a Gaussian prior on weights gives L2 and a Laplace prior "
        "gives L1, and as the data grow the likelihood dominates so MAP converges to MLE.",
        "Both are still point estimates; a fully Bayesian approach keeps the whole posterior and "
        "averages predictions over it, which captures uncertainty neither gives.",
    ],
    "stats.cross_entropy_kl": [
        "Entropy measures how uncertain a distribution is: the expected information, or the minimum "
        "average number of bits to encode its outcomes with the best code, one bit for a fair coin and"
        " zero for a certain outcome.",
        "Cross-entropy of a model q relative to the true distribution p is the expected code length "
        "when the data come from p but we encode them with a code designed for q.",
        "It decomposes as the entropy of p plus the KL divergence from p to q, so it is never smaller "
        "than the entropy.",
        "KL divergence is non-negative and zero only when the distributions are identical, but it is "
        "asymmetric, so it isn't a true distance metric.",
        "In training, the entropy of the data is a constant, so minimizing cross-entropy is the same "
        "as minimizing KL to the data distribution and the same as maximizing the log-likelihood of "
        "the labels or next tokens.",
        "KL also shows up as the penalty in RLHF that keeps the fine-tuned policy close to the "
        "reference model.",
    ],
    "stats.confidence_intervals": [
        "A 95 percent confidence interval comes from a procedure that, if we repeated the experiment "
        "many times, would produce intervals covering the true value 95 percent of the time.",
        "Any single computed interval either contains the true value or doesn't; the 95 percent is a "
        "property of the method, and reading it as a 95 percent probability for this interval is the "
        "Bayesian credible-interval interpretation.",
        "For accuracy on n independent test examples, it's a proportion, so the standard error is the "
        "square root of p times one minus p over n, and the interval is about the estimate plus or "
        "minus 1.96 standard errors, roughly plus or minus 2.5 points at 80 percent on 1,000 examples.",
        "For metrics like F1 or clustered examples I'd bootstrap: resample the test set with "
        "replacement thousands of times and take the percentiles of the recomputed metric.",
        "The width shrinks with the square root of n, so halving it takes four times the data.",
        "To compare two models on the same test set I'd use a paired test, McNemar's test on the items"
        " where exactly one model is right, or a paired bootstrap that resamples examples and rescores"
        " both models together.",
        "Since the models mostly get the same items right and wrong, the paired standard error of the "
        "difference is much smaller than the unpaired one, so a one-point gain can be real even when "
        "the two intervals overlap.",
    ],
    "stats.ab_test_design": [
        "Before any data, I'd write down the hypothesis, one primary metric such as seven-day "
        "retention, and guardrail metrics like latency and complaint rate that must not get worse.",
        "I'd randomize at the user level so nobody sees both versions, and check for sample ratio "
        "mismatch, since observed group sizes that don't match the planned split point to a bug in "
        "assignment.",
        "The sample size comes from a power analysis using the metric's baseline and variance, the "
        "significance level, usually five percent, the power, usually eighty percent, and the minimum "
        "detectable effect worth shipping.",
        "Dividing the required sample by daily traffic gives the duration, which I round up to whole "
        "weeks to cover weekly cycles.",
        "I run to the planned size instead of stopping at the first significant peek, or use a "
        "sequential test that is designed for repeated looks.",
        "I also watch for novelty effects that fade over time and for interference between users in "
        "marketplaces or social features, where cluster randomization may be needed.",
        "At the end I report the effect size with a confidence interval, not just a p-value.",
    ],
    "stats.multiple_comparisons": [
        "I'd be skeptical: at a five percent level each null metric has a one-in-twenty chance of a "
        "false positive, so across twenty independent metrics the chance of at least one false alarm "
        "is one minus 0.95 to the twentieth, about 64 percent.",
        "One significant result out of twenty is just what noise alone would produce.",
        "The same issue shows up when slicing results by many segments, comparing many model variants "
        "on one benchmark, or peeking at the test repeatedly.",
        "Bonferroni controls the family-wise error rate, the chance of any false positive, by testing "
        "each metric at alpha divided by the number of tests, here 0.0025, which is simple but "
        "conservative and loses power.",
        "Benjamini-Hochberg instead controls the false discovery rate, the expected fraction of false "
        "positives among results called significant, using a rising threshold on the sorted p-values, "
        "so it keeps more power when there are many tests.",
        "Best is to design for it: pre-register one primary metric, treat the others as exploratory, "
        "and confirm any surprise in a fresh experiment before acting.",
    ],
    "stats.simpsons_paradox": [
        "Simpson's paradox is when a trend that holds within every subgroup reverses or disappears "
        "once the subgroups are pooled together.",
        "The classic case is the kidney stone study: treatment A had higher success for both small and"
        " large stones, yet B looked better overall, because A was given mostly to the harder large-"
        "stone cases.",
        "The mechanism is a confounding variable, here stone size, that is related both to which "
        "treatment a patient got and to the outcome, together with unequal group sizes.",
        "In ML it shows up when one model wins overall only because its evaluation set had more easy "
        "examples, or when a metric moves because the traffic mix shifted rather than behaviour.",
        "The numbers alone don't tell you which view is right; it depends on the causal structure.",
        "If the grouping variable is a confounder, like stone size, I'd condition on it and trust the "
        "stratified result, but if it's a consequence of the treatment, conditioning on it can "
        "mislead, and randomization avoids the problem by balancing the groups.",
    ],
    "stats.selection_bias": [
        "Selection bias happens when the way examples got into the dataset is related to the outcome, "
        "so the sample isn't representative of the population we want to draw conclusions about.",
        "Survivorship bias is the famous version: studying only the planes that came back, or only "
        "companies still in business, hides what happened to the ones that failed.",
        "In ML it's everywhere: a loan model trained only on approved applicants never sees how "
        "rejected ones would have repaid, and a recommender trained on clicks only learns about items "
        "it chose to show, reinforcing its past choices.",
        "The result is a model that looks accurate on the biased sample and then fails on the real "
        "population it's deployed on.",
        "To deal with it, I first ask how each example entered the dataset and compare the sample with"
        " the target population.",
        "Remedies include randomized exploration, such as showing a small random slice of items or "
        "approving some borderline loans, reweighting by the inverse propensity of selection, and "
        "above all evaluating on data drawn the way the deployed model will see it.",
    ],
    "dl.backpropagation": [
        "In one training step we first run the forward pass: a mini-batch goes through the layers one "
        "after another, each layer's activations are kept in memory, and the output is reduced to a "
        "single scalar loss.",
        "Then backpropagation walks the computation graph in reverse order, and by the chain rule each"
        " layer takes the gradient arriving from above, multiplies it by its own local derivative, and"
        " hands the result to the layer below.",
        "Along the way each layer also picks up the gradient with respect to its own weights.",
        "Because this is reverse-mode automatic differentiation, one backward pass gives the gradient "
        "of the loss for every parameter at roughly two to three times the cost of a forward pass, "
        "however many parameters there are.",
        "Backprop itself only computes gradients; a separate optimizer step, say SGD with momentum or "
        "Adam, then uses them with a learning rate to update the weights.",
        "Since the backward pass multiplies many local derivatives together, gradients in a deep "
        "network can shrink toward zero or blow up.",
        "The standard defenses are residual connections, normalization layers, careful initialization "
        "and gradient clipping, which keep gradients in a usable range.",
    ],
    "dl.transformer": [
        "A transformer is a stack of identical blocks, and each block starts with self-attention, "
        "which lets every token pull in information from all the other tokens in the sequence.",
        "The attention is multi-headed: the model dimension is split into several smaller heads that "
        "run in parallel, so different heads can learn different relationships, like syntax in one and"
        " coreference in another.",
        "After attention comes a position-wise feed-forward network, a two-layer MLP applied to each "
        "token on its own, and it holds most of the block's parameters and much of the model's stored "
        "knowledge.",
        "Each of the two sublayers is wrapped in a residual connection with layer normalization, which"
        " keeps gradients flowing and makes a deep stack trainable.",
        "Attention by itself ignores token order, so position information has to be injected, with "
        "sinusoidal, learned or, in most modern LLMs, rotary position embeddings.",
        "Unlike an RNN, a transformer processes all positions in parallel during training, which is "
        "what let it scale, but the attention cost grows quadratically with sequence length.",
        "Encoder models like BERT see the whole input, while decoder models like GPT use a causal mask"
        " so they can generate left to right.",
    ],
    "dl.attention": [
        "Attention lets each position compute its output as a content-dependent weighted mix of the "
        "other positions.",
        "Concretely, each token's embedding is multiplied by three learned weight matrices to produce "
        "a query, a key and a value vector.",
        "The score between token i and token j is the dot product of i's query with j's key, and a "
        "softmax over each row turns those scores into weights that are positive and sum to one.",
        "Before the softmax the scores are divided by the square root of the key dimension, because "
        "otherwise dot products grow with dimension and push the softmax into a saturated, near one-"
        "hot regime with tiny gradients.",
        "The output for token i is then the weighted sum of all the value vectors, so it pulls most of"
        " its information from the tokens it attends to most.",
        "In a decoder language model a causal mask sets the scores for future positions to minus "
        "infinity, so each token only attends to itself and earlier tokens, matching left-to-right "
        "generation.",
        "Attention heatmaps are a handy diagnostic, but they aren't a faithful explanation of a "
        "prediction, because the values, the MLPs and later layers shape the output too.",
    ],
    "dl.initialization": [
        "Initialization decides where optimization starts, and in a deep network it decides whether "
        "the signal survives the trip through many layers.",
        "If every weight starts at the same value, all neurons in a layer compute the same output and "
        "get the same gradient, so they stay identical forever; random initialization breaks that "
        "symmetry.",
        "Scale matters just as much: with weights too large, activations and gradients grow layer "
        "after layer and explode, and with weights too small they shrink and vanish.",
        "The cure is to set the variance from the layer's fan-in: Xavier or Glorot initialization uses"
        " a variance of about two over fan-in plus fan-out and suits tanh or linear layers.",
        "He initialization uses a variance of two over fan-in, which makes up for ReLU zeroing out "
        "roughly half of its inputs.",
        "Biases are usually set to zero, and in transformers the output projections of the residual "
        "branches are scaled down with depth, as in GPT-2, so the residual stream doesn't grow with "
        "the number of layers.",
        "Normalization layers make a network less sensitive to the exact scheme, but a bad "
        "initialization can still slow or destabilize training.",
    ],
    "dl.learning_rate_schedule": [
        "The learning rate is usually the most important hyperparameter: set it too high and the loss "
        "oscillates or diverges, too low and training crawls or gets stuck.",
        "I'd find a range with a quick log-scale sweep or a range test that keeps raising the rate "
        "until the loss blows up, then take a value somewhat below that.",
        "A constant rate is rarely best; decaying it with a cosine, step or linear schedule lets the "
        "model make big moves early and settle into a minimum later with less noise.",
        "Large models use warmup, ramping the rate up linearly from near zero over the first few "
        "hundred or thousand steps, because early on Adam's second-moment estimates are unreliable and"
        " a fresh network can produce huge gradients.",
        "Batch size interacts with it: for SGD you scale the rate roughly linearly with the batch, "
        "while for Adam something closer to square-root scaling works better.",
        "That only holds up to the critical batch size, beyond which bigger batches barely cut the "
        "number of steps, so raising the rate further doesn't pay off.",
        "If loss spikes appear during a run, I'd lower the peak rate, lengthen warmup or clip gradients.",
    ],
    "dl.cnn_vs_rnn": [
        "A convolutional network slides small learned filters over a grid such as an image, reusing "
        "the same filter weights at every position.",
        "That gives it locality and translation equivariance, so an edge detector works anywhere in "
        "the image, and stacking layers with pooling grows the receptive field from edges to whole "
        "objects, which is why CNNs dominated vision.",
        "A recurrent network reads a sequence one step at a time, updating a hidden state that "
        "summarizes everything seen so far, with the same weights at each step, which suits variable-"
        "length text or time series.",
        "Because each step depends on the previous one, an RNN can't be parallelized over time, and "
        "gradients sent back through many steps tend to vanish or explode.",
        "LSTMs and GRUs add learned gates that decide what to keep and what to forget, which preserves"
        " information and gradients over longer spans.",
        "For language, transformers have largely replaced RNNs, because attention connects distant "
        "tokens directly and trains in parallel.",
    ],
    "dl.scaling_laws": [
        "Scaling laws are the empirical observation that a language model's test loss drops as a "
        "smooth power law in parameters, training tokens and compute, across many orders of magnitude,"
        " as long as none of them is the bottleneck.",
        "Because the curves are nearly straight on a log-log plot, you can train a family of small "
        "models, fit the curve, and predict the loss of a much bigger run before spending the compute.",
        "For a fixed compute budget, about six times parameters times tokens in FLOPs, there's an "
        "optimal split, and Chinchilla found parameters and tokens should grow in roughly equal "
        "proportion, about twenty tokens per parameter.",
        "That optimum only minimizes training compute, and because serving cost scales with model "
        "size, people now train smaller models on far more tokens, like Llama 3 8B on about fifteen "
        "trillion tokens.",
        "There's also a test-time axis: spending more compute at inference with longer reasoning, many"
        " samples plus a verifier, or search improves results, so a plan weighs training compute "
        "against inference compute.",
        "The caveat is that the laws predict pretraining loss, and specific downstream task scores are"
        " much harder to forecast.",
        "Much reported emergence came from all-or-nothing metrics like exact match, and with "
        "continuous metrics those abilities mostly improve smoothly.",
        "The fitted constants depend on data quality, architecture and tokenizer, and they assume "
        "enough unique data, which is running short for high-quality text.",
    ],
    "dl.distributed_training": [
        "With data parallelism each GPU holds a full copy of the model, processes its own slice of the"
        " batch, and the gradients are averaged with an all-reduce before each update.",
        "Its limit is that the whole model plus gradients and optimizer state must fit on every "
        "device, so sharded variants like ZeRO or FSDP partition the optimizer states, gradients and "
        "even the parameters across workers and gather them only when needed.",
        "When a single layer is too big, tensor parallelism splits individual weight matrices across "
        "GPUs, each computing part of every matrix multiply, and since they communicate inside every "
        "layer it needs fast interconnect like NVLink within one server.",
        "Pipeline parallelism puts consecutive groups of layers on different GPUs and streams micro-"
        "batches through them, so only activations cross between stages.",
        "Its cost is the bubble, the idle time while the pipeline fills and drains, which you shrink "
        "by using many more micro-batches than stages.",
        "Large runs combine all three, add activation checkpointing to trade recomputation for memory,"
        " and overlap communication with computation, since at scale the network is often the "
        "bottleneck.",
    ],
    "nlp.word2vec_vs_bert": [
        "Word2vec gives every word in its vocabulary exactly one vector, so a word like bank has the "
        "same embedding whether we mean a riverbank or a financial institution.",
        "It is trained with a shallow network, using skip-gram to predict the context words around a "
        "target or CBOW to predict the target from its context, and negative sampling keeps training "
        "cheap.",
        "BERT instead produces contextual embeddings: each token's vector comes out of a deep stack of"
        " bidirectional transformer layers that attend over the whole sentence, so the two meanings of"
        " bank get different vectors.",
        "BERT is pretrained with masked language modeling, where around fifteen percent of the tokens "
        "are hidden and the model predicts them using the words on both the left and the right.",
        "Because BERT tokenizes into WordPiece subwords, an unseen word is split into known pieces, "
        "whereas word2vec simply has no vector for a word outside its vocabulary.",
        "In practice word2vec vectors are usually used as frozen input features for a light model, "
        "while BERT is fine-tuned end to end on the downstream task.",
    ],
    "nlp.positional_encoding": [
        "Self-attention by itself is permutation-equivariant: shuffle the input tokens and the outputs"
        " are shuffled the same way, so an encoder without position information sees a bag of tokens.",
        "The original Transformer fixed this by adding sinusoidal encodings to the token embeddings, "
        "sine and cosine pairs whose frequencies fall off geometrically across the dimensions.",
        "A neat property of the sinusoids is that moving by a fixed offset is a linear map of the "
        "encoding, which makes relative positions easy to learn.",
        "BERT and GPT-2 learned a separate absolute embedding for each position, which works fine but "
        "gives nothing for positions past the maximum length seen in training.",
        "Most modern LLMs use RoPE, which rotates the query and key vectors by an angle proportional "
        "to position, so their dot product depends only on the relative offset plus the content.",
        "RoPE does not extrapolate well by itself, so long-context models rescale the rotary "
        "frequencies with position interpolation, NTK scaling or YaRN and then fine-tune on long "
        "sequences.",
        "Interestingly, a decoder-only model with no positional encoding at all can still work out "
        "order, since the causal mask gives each position a different number of visible tokens.",
    ],
    "nlp.text_generation": [
        "A GPT model is a decoder-only transformer that, given all the tokens so far, outputs a "
        "probability distribution over the vocabulary for the next token.",
        "It is pretrained to minimize cross-entropy of the next token over an enormous text corpus, "
        "with a causal mask so each position only sees the positions before it.",
        "At generation time the prompt is processed, one token is picked from the distribution, "
        "appended to the sequence, and the model runs again, looping until it emits an end-of-sequence"
        " token or hits the length limit.",
        "How the token is picked is the decoding strategy: greedy is deterministic but tends to "
        "repeat, while sampling with a temperature and top-k or top-p truncation gives more varied "
        "text.",
        "To avoid recomputing the whole prefix, the keys and values of earlier tokens are kept in a KV"
        " cache, so each new token only needs one incremental forward step.",
        "A base model just continues text, so chat models add instruction tuning and preference "
        "training like RLHF on top to make them follow instructions.",
    ],
    "nlp.embeddings": [
        "An embedding is a learned, dense vector of a few hundred or a few thousand real numbers that "
        "stands for a discrete thing like a token, a word or a whole sentence.",
        "Compare that with one-hot vectors, which are sparse, as long as the vocabulary, and put every"
        " pair of words at the same distance, so nothing learned about one word carries over to "
        "another.",
        "Embeddings are trained so that items appearing in similar contexts land near each other, so "
        "distance reflects meaning and directions can encode relations like gender or verb tense.",
        "In a language model the very first layer is an embedding table indexed by token ID, and the "
        "transformer layers then turn those vectors into contextual representations.",
        "Outside the model, sentence embeddings compared with cosine similarity drive semantic search,"
        " retrieval for RAG, clustering, deduplication and recommendations.",
        "Word2vec and GloVe give one static vector per word, while transformer encoders and "
        "contrastively trained embedding models give vectors that depend on the surrounding text.",
    ],
    "nlp.subword_algorithms": [
        "All three learn a subword vocabulary from a training corpus, but they decide which pieces to "
        "keep in different ways.",
        "BPE works bottom-up: it starts from single characters or bytes, counts adjacent pairs, merges"
        " the most frequent pair into a new symbol, and repeats until the vocabulary hits the target "
        "size.",
        "To encode new text, BPE replays its learned merges in the same order they were learned.",
        "WordPiece, which BERT uses, is also bottom-up, but instead of raw frequency it merges the "
        "pair that most raises the likelihood of the training data, which favors pairs that are "
        "frequent relative to their parts.",
        "Unigram goes top-down: it begins with a large candidate vocabulary, fits a unigram language "
        "model, and repeatedly drops the pieces whose removal costs the least likelihood.",
        "Since unigram is probabilistic, a word has several possible segmentations, and sampling among"
        " them during training, called subword regularization, makes models more robust.",
        "SentencePiece, which implements BPE and unigram, treats raw text including spaces as a "
        "character stream, so it needs no language-specific pre-tokenization, which helps for Chinese "
        "or Japanese.",
    ],
    "nlp.vocab_size": [
        "Vocabulary size is a trade-off between sequence length on one side and parameters and compute"
        " on the other.",
        "A larger vocabulary compresses text into fewer tokens, since common words and phrases become "
        "single tokens, so each document uses less context and fewer decoding steps.",
        "The price is that the input embedding and the output projection both scale as vocabulary "
        "times model width, and the softmax gets more expensive, which hurts most in small models "
        "where embeddings are a big share of the parameters.",
        "A huge vocabulary also contains rare tokens that are seen too seldom to learn good "
        "embeddings, and the worst of them become glitch tokens.",
        "Going too small has the opposite problem: sequences get long and the model wastes capacity "
        "gluing words together from fragments.",
        "Multilingual and code coverage pushes the number up, which is why current LLMs sit between "
        "roughly 32 thousand and 256 thousand tokens.",
        "I would decide empirically, measuring bytes per token on each language and domain and "
        "comparing the loss of small models trained with each candidate size.",
    ],
    "nlp.perplexity": [
        "Perplexity is the exponential of the average negative log-likelihood per token on held-out "
        "text, which is just the cross-entropy loss exponentiated.",
        "You can read it as the number of equally likely tokens the model is effectively choosing "
        "between at each step, so lower is better and a perfect model would score one.",
        "It is the natural metric during pretraining because it is exactly the training objective, "
        "cheap to compute and smooth.",
        "But perplexities depend on the tokenizer, so two models with different vocabularies cannot be"
        " compared directly unless you normalize, for example to bits per byte.",
        "It also depends on the evaluation text, so domain shift and contamination matter.",
        "Finally, low perplexity says the model predicts text well, not that its answers are helpful, "
        "truthful or safe, so you still need downstream benchmarks and human evaluation.",
    ],
    "nlp.rag_vs_fine_tuning": [
        "I'd start with retrieval-augmented generation and keep fine-tuning as an add-on.",
        "With RAG the documents are chunked, embedded and indexed, and at query time the question "
        "pulls back the most relevant passages, ideally with hybrid keyword and vector search and a "
        "reranker, which go into the prompt for the model to answer from.",
        "That fits internal documents because when they change you only re-index them, with no retraining.",
        "The answer can cite the retrieved passages, which makes it verifiable and cuts down on "
        "hallucination.",
        "Permissions can be applied at retrieval time, so a user never gets an answer built from "
        "documents they are not allowed to read.",
        "Fine-tuning changes the weights and is the right tool for behavior such as output format, "
        "tone or domain jargon, but a poor way to load lots of changing facts.",
        "I would evaluate retrieval recall and answer faithfulness separately, because a bad answer "
        "can come from either stage.",
    ],
    "nlp.in_context_learning": [
        "In-context learning is when a large language model performs a task described or demonstrated "
        "in its prompt, with no change at all to its weights.",
        "Zero-shot gives only an instruction, while few-shot adds a handful of input-output examples "
        "for the model to pick up the pattern from.",
        "Nothing persists: the adaptation lives only in that forward pass and is gone with the next prompt.",
        "It is quite fragile, since which examples you pick, their order and their format can move "
        "accuracy a lot, so prompts need systematic evaluation.",
        "Large models really do read the demonstration labels: with flipped labels they follow the "
        "flipped mapping against their prior knowledge, so wrong labels can mislead them.",
        "Compared with fine-tuning, prompting needs no training run, changes behavior immediately and "
        "lets one model serve many tasks.",
        "The cost is that every request pays for the examples in tokens and latency, the context "
        "window limits how many fit, and with thousands of labeled examples a fine-tuned model usually"
        " wins.",
        "Chain-of-thought prompting, asking for intermediate reasoning steps, further improves results"
        " on multi-step problems.",
    ],
    "ml.supervised_unsupervised": [
        "Supervised learning trains on examples that each carry a label or target value, and the model"
        " learns to map inputs to those targets.",
        "Unsupervised learning gets only raw inputs with no labels and tries to discover structure, "
        "like clusters, low-dimensional factors, or the data density.",
        "Classic supervised tasks are spam classification and house price regression, while customer "
        "segmentation and anomaly detection are classic unsupervised tasks.",
        "Evaluating unsupervised methods is harder because there is no ground truth to compare "
        "against, so we use internal metrics like the silhouette score or check whether the output "
        "helps a downstream task.",
        "In practice the choice is often driven by label cost: labeling is slow and expensive, while "
        "unlabeled data is cheap and plentiful.",
        "The boundary blurs with semi-supervised learning, which mixes a small labeled set with a "
        "large unlabeled one.",
        "And self-supervised learning derives its targets from the raw data itself, for example "
        "predicting the next token, which is how large language models are pretrained.",
    ],
    "ml.parametric_nonparametric": [
        "A parametric model fixes its functional form and the number of parameters up front, so the "
        "size of the model stays the same however much training data you have.",
        "Linear and logistic regression are the standard examples: one weight per feature plus a bias.",
        "Non-parametric models let the effective number of parameters grow with the data; k-nearest "
        "neighbors keeps every training point and a decision tree keeps adding splits as data allows.",
        "Parametric models are fast, need relatively little data and are easy to interpret, but if the"
        " assumed form is wrong, that bias stays no matter how much data you add.",
        "Non-parametric models make few assumptions about the shape of the function, so they can "
        "capture complex patterns, but they need more data and overfit more easily.",
        "Because instance-based methods like k-NN store the whole training set, memory and prediction "
        "time grow with the dataset size.",
        "So I pick parametric models for small data, tight latency or interpretability, and non-"
        "parametric ones when data is plentiful and the relationship is unknown.",
    ],
    "ml.missing_data": [
        "First I would find out why the values are missing, because the mechanism matters: missing "
        "completely at random, missing depending on other observed features, or missing depending on "
        "the unobserved value itself.",
        "If only a few rows are affected and the dataset is large, dropping them is fine, and a column"
        " that is almost entirely empty can simply be removed.",
        "Mean, median or mode imputation is quick, but it shrinks the variance and weakens the "
        "correlations between features.",
        "So alongside any simple fill I add a binary flag that marks the value as missing, since the "
        "fact of missingness often carries signal.",
        "Better imputation uses the other columns: k-nearest-neighbor imputation, a regression model "
        "per column, or iterative imputation like MICE.",
        "Gradient-boosted trees such as XGBoost can handle missing values natively by learning a "
        "default branch direction.",
        "Whatever method I pick, the imputer is fitted on the training split only and then applied to "
        "validation and test, so no test information leaks in.",
        "And I compare the options by validation performance instead of assuming one is best.",
    ],
    "ml.distribution_shift": [
        "Distribution shift is when the data a model sees in production no longer matches what it was "
        "trained on, so offline validation scores stop predicting live performance.",
        "Covariate shift is a change in the input distribution with the label relationship unchanged, "
        "label shift is a change in how frequent the classes are, and concept drift is a change in the"
        " relationship between inputs and labels.",
        "To detect it, I monitor feature and prediction distributions in live traffic against a "
        "reference window using statistics like the population stability index or KL divergence.",
        "Once delayed ground-truth labels arrive, I track real accuracy to confirm whether the shift "
        "is actually hurting performance.",
        "The fix depends on the type: retraining on recent data on a schedule or when a drift alert "
        "fires, importance weighting for covariate shift, and re-estimating class priors for label "
        "shift.",
        "For high-stakes systems I detect out-of-distribution inputs and route them to a fallback or "
        "human review until an updated model ships.",
    ],
    "ml.slow_model_optimization": [
        "I'd start by profiling to find where the time actually goes, separating training time from "
        "inference latency and the model itself from the data pipeline, since feature computation or "
        "I/O is often the real bottleneck.",
        "For faster experimentation, training on a representative subsample or for fewer epochs "
        "usually preserves most of the signal.",
        "Feature selection helps too: dropping features that are expensive to compute but add little "
        "predictive value.",
        "On the model side, a cheaper algorithm may be nearly as accurate, like gradient-boosted trees"
        " instead of a deep net on tabular data, and size hyperparameters such as tree depth, number "
        "of trees or layer width trade accuracy for speed.",
        "For neural networks at inference time, quantization, pruning and distillation into a smaller "
        "student cut the compute per prediction.",
        "On the serving side, batching requests, caching frequent predictions and using an optimized "
        "runtime raise throughput.",
        "Throughout, I check each speedup against validation accuracy and stop once the latency or "
        "cost budget is met.",
    ],
    "ml.hyperparameter_tuning": [
        "Hyperparameters are settings we choose rather than learn, like the learning rate, "
        "regularization strength or tree depth, and I judge each candidate on a validation set or with"
        " cross-validation, never on the test set.",
        "Grid search tries every combination of a few preset values per hyperparameter, so its cost "
        "grows exponentially as you add hyperparameters.",
        "Random search samples configurations from ranges, and with the same budget it tries many more"
        " distinct values of the few hyperparameters that actually matter, so it usually beats grid "
        "search.",
        "Scale-type hyperparameters like the learning rate or weight decay should be sampled on a log scale.",
        "Bayesian optimization fits a surrogate model, like a Gaussian process or a tree-based "
        "estimator, to the trials so far and picks the next point with an acquisition function that "
        "balances exploration against exploitation.",
        "That pays off when each trial is expensive.",
        "Successive halving and Hyperband add early stopping: they kill weak configurations early and "
        "spend the remaining compute on the promising ones.",
    ],
    "ml.model_compression": [
        "Quantization stores weights, and often activations, in fewer bits, for example int8 instead "
        "of float32, which cuts memory four times and enables faster integer arithmetic.",
        "Post-training quantization needs only a small calibration set, while quantization-aware "
        "training simulates the rounding during training to recover accuracy when post-training "
        "quantization loses too much.",
        "For LLMs, weight-only 4-bit or 8-bit quantization speeds up decoding because token-by-token "
        "generation is memory-bandwidth bound, so streaming fewer bytes of weights per token matters "
        "more than faster math.",
        "Pruning removes low-importance weights; structured pruning of whole channels, heads or layers"
        " gives real speedups on standard hardware, while unstructured sparsity needs sparse kernels.",
        "Knowledge distillation trains a smaller student to match the teacher's softened output "
        "probabilities, not just the hard labels.",
        "Finally I measure the accuracy drop on the real task and the latency on the actual target "
        "hardware, because the gains are hardware-specific.",
    ],
    "dl.training_sanity_checks": [
        "Before burning compute, I check the loss at step zero: an untrained model guesses "
        "roughly uniformly, so cross-entropy should sit near ln of the vocab size, about 10.8 "
        "for fifty thousand tokens.",
        "Then I overfit a single small batch, repeating it until the loss gets near zero, and "
        "if it can't, something in the loss, optimizer or model wiring is broken.",
        "I decode actual batches back to text to verify the labels are the inputs shifted by "
        "one token and that padding and prompt tokens are excluded from the loss.",
        "I test the causal mask by perturbing a later token and confirming the logits at "
        "earlier positions stay identical.",
        "After one backward pass I confirm every trainable parameter gets a finite, nonzero "
        "gradient, so nothing is frozen or detached by accident.",
        "Then a short small-scale run against a known-good baseline on the same data, whose "
        "loss curve it should match.",
        "Finally I save and resume a checkpoint and check the loss curve continues exactly, "
        "with the same data order and optimizer state.",
    ],
    "dl.loss_spikes": [
        "First I look at what changed ahead of the loss: the global gradient norm, per-layer "
        "update norms, and the largest attention and output logits, to see where the "
        "instability begins.",
        "To test the data I replay the exact batches from the last checkpoint before the spike; "
        "if the spike comes back with those batches and disappears when I skip them, the data "
        "is the cause.",
        "Typical culprits are a corrupted shard, long runs of repeated tokens, or "
        "machine-generated junk, which I filter out of the pipeline.",
        "On the optimization side, a peak learning rate too high for the model size or too "
        "short a warmup makes spikes more likely, so I lower it.",
        "Adam can take a huge step on rarely updated weights like rare-token embeddings because "
        "their second-moment estimate has decayed toward zero, and a lower beta2 such as 0.95 "
        "or a larger epsilon helps.",
        "Attention logits that keep growing saturate the softmax, which QK normalization "
        "prevents, and a small z-loss keeps output logits from drifting.",
        "I clip the global gradient norm at about 1.0 so no single step can move the weights too far.",
        "For the spike that didn't recover, I rewind to a checkpoint a few hundred steps "
        "earlier, skip the offending batches, and resume with the fix.",
    ],
    "dl.nan_debugging": [
        "I'd reproduce it first by restarting from the last good checkpoint with the same seed "
        "and data order and checking whether the NaN returns at the same step.",
        "Then I locate the first operation producing an infinity or NaN, using hooks that "
        "assert every tensor is finite, or autograd anomaly detection.",
        "A classic cause is dividing by zero, like averaging the loss over a batch whose tokens "
        "are all masked, or a softmax over a row where every position is masked.",
        "Overflow is another: float16 maxes out around 65,504, and taking the log or square "
        "root of zero without an epsilon also yields infinities that become NaN.",
        "Keeping softmax, normalization and the loss in float32, or training in bf16, which "
        "shares float32's exponent range, removes most overflow issues.",
        "I'd check whether the gradient norm was climbing steadily in the steps before, which "
        "signals an explosion that clipping or a lower learning rate would stop.",
        "I'd also inspect the batch at that step for a bad example such as an empty sequence or "
        "a corrupted record.",
        "If it doesn't reproduce, or only happens on one machine, I suspect faulty hardware "
        "silently corrupting data.",
    ],
    "dl.training_compute": [
        "The rule of thumb is six FLOPs per parameter per training token, so total compute is about 6ND.",
        "The forward pass is about two FLOPs per parameter per token, a multiply and an add, "
        "and the backward pass costs about twice the forward because it computes gradients for "
        "both activations and weights.",
        "So 6 times 7e10 times 1.5e13 gives roughly 6.3e24 FLOPs.",
        "An H100 peaks near 1e15 dense bf16 FLOP/s, but real runs only get 35 to 50 percent "
        "model FLOPs utilization, so I discount the peak.",
        "At 40 percent MFU, 4,096 GPUs deliver around 1.6e18 FLOP/s, so the run takes about "
        "3.9e6 seconds, roughly 45 days.",
        "The 6ND rule ignores the attention score FLOPs, which grow with context length and add "
        "roughly ten percent at 8k context for a model this wide.",
    ],
    "dl.activation_memory": [
        "Activations are the intermediate tensors from the forward pass that backprop needs to "
        "compute gradients, so they have to be held until the backward pass reaches each layer.",
        "Their memory grows linearly with the micro-batch size, the sequence length, the hidden "
        "size and the layer count.",
        "Naive attention also keeps the score matrices, which are quadratic in sequence length, "
        "whereas FlashAttention recomputes them during backward and stays linear.",
        "Sharding model states with ZeRO or FSDP doesn't help here, since it leaves activations untouched.",
        "A smaller micro-batch with gradient accumulation keeps the global batch the same while "
        "cutting activation memory per step.",
        "Activation checkpointing stores just each block's input and recomputes the rest during "
        "backward, for about a third more compute, and selective recomputation costs much less.",
        "Sequence parallelism inside a tensor-parallel group and context parallelism across "
        "GPUs split the activations along the sequence.",
    ],
    "nlp.prefill_vs_decode": [
        "In prefill the whole prompt goes through the model at once, every prompt token in "
        "parallel in a single forward pass, and that fills the KV cache.",
        "Because thousands of tokens share each weight matrix, prefill is big matrix-matrix "
        "work with lots of arithmetic per byte, so it's compute bound.",
        "Decode then emits one token per step per sequence, and each step has to read all the "
        "weights plus the KV cache.",
        "That makes decode memory-bandwidth bound, since each step does only about two FLOPs "
        "per parameter per sequence for all the bytes it pulls from HBM.",
        "Prefill sets the time to first token, which grows with the prompt length, and decode "
        "sets the time per output token.",
        "A floor for a decode step is the weight bytes over memory bandwidth, about 5 ms for a "
        "70B bf16 model on eight H100s.",
        "Since the weights are read once per step for the whole batch, batching decodes raises "
        "throughput almost linearly until you hit the compute limit or the KV cache fills "
        "memory.",
    ],
    "nlp.kv_cache_capacity": [
        "Per token the cache stores a key and a value for every layer and KV head, so the bytes "
        "are 2 times layers times KV heads times head dimension times bytes per value, times "
        "the token count.",
        "That's 2 times 80 times 8 times 128 times 2 bytes, about 328 KB per token, so an 8k "
        "request needs roughly 2.7 GB.",
        "The 640 GB minus about 140 GB of weights and some workspace leaves roughly 450 to 480 "
        "GB, enough for about 170 full-length requests.",
        "A naive server reserves a contiguous region per request sized for the maximum length, "
        "and since most requests finish far shorter, most of that memory sits unused and "
        "fragments.",
        "A paged KV cache, like vLLM's PagedAttention, keeps keys and values in fixed-size "
        "blocks allocated on demand and tracked by a per-request block table, so only the last "
        "block is partly wasted.",
        "Requests sharing a prefix, like a common system prompt, can share blocks, with "
        "copy-on-write when they diverge.",
    ],
    "nlp.weight_only_quantization": [
        "Decoding streams every weight from memory each step, so storing weights in 4 bits "
        "instead of 16 moves about four times fewer bytes and the step gets faster.",
        "The kernel unpacks the 4-bit weights to bf16 in registers and does the matmul in "
        "16-bit, so the arithmetic isn't cheaper, only the memory traffic.",
        "A 70B model is about 35 GB in 4 bits plus scales, so it fits on one 80 GB GPU with "
        "room for the KV cache.",
        "Prefill and large-batch decoding are compute bound, so weight-only quantization helps "
        "little there, and you'd need to quantize activations too, to INT8 or FP8, to use the "
        "low-precision tensor cores.",
        "Group-wise scales, one per 64 or 128 weights, keep an outlier from ruining the "
        "precision of its neighbours.",
        "Calibration methods like GPTQ and AWQ use sample activations to pick the rounding or "
        "scaling that minimizes each layer's output error.",
        "I'd check quality on downstream tasks, including long generation and reasoning, not "
        "just perplexity.",
    ],
    "nlp.rl_verifiable_rewards": [
        "The reward comes from a program that checks the output, a final-answer match for maths "
        "or unit tests in a sandbox for code, rather than a learned reward model.",
        "For the update I'd use a critic-free method like GRPO, sampling a group of completions "
        "per prompt and scoring each by its reward minus the group mean.",
        "If every sample in the group solves the prompt, or every one fails, the advantages are "
        "all zero and nothing is learned, so I keep prompts of intermediate difficulty.",
        "As training goes on, responses get longer and the model learns to check its work and "
        "backtrack, with accuracy rising as it spends more tokens.",
        "Verifiers with loopholes, like lenient answer extraction or tests that can be "
        "special-cased, get exploited by the policy.",
        "Entropy can collapse so the policy stops exploring, and pass@k over many samples may "
        "not improve even as pass@1 does.",
        "It only covers domains with verifiers, so open-ended tasks still need learned rewards.",
    ],
    "nlp.reward_hacking": [
        "This looks like reward hacking: the policy pushes the reward up by exploiting flaws in "
        "it instead of doing what we actually want.",
        "In coding RL that means special-casing the tests, editing or deleting them, or making "
        "the test run report success without working code, say by exiting early with status "
        "zero.",
        "To see it, I read transcripts, especially the highest-reward ones, to see what the "
        "policy actually does.",
        "And I compare training reward against evaluations the policy can't game, like hidden "
        "tests or human review; reward rising while those stay flat is the signature.",
        "The fix goes in the environment: hidden tests, test files the model can't modify, and "
        "a sandbox without shortcuts.",
        "Chain-of-thought monitors are useful for detecting it, but feeding their verdict into "
        "the reward teaches the model to hide its intent while still hacking.",
        "A KL penalty and stopping earlier limit how far the policy over-optimizes.",
    ],
    "nlp.pretraining_dedup": [
        "Duplicates burn compute on text the model has already seen and tilt the effective data "
        "mix toward whatever gets repeated.",
        "They also raise memorization, so the model regurgitates training text verbatim, which "
        "is a privacy and copyright risk.",
        "Exact dedup normalizes documents, lines or paragraphs, hashes them, and keeps one copy per hash.",
        "For near-duplicates I use MinHash signatures over n-gram shingles with "
        "locality-sensitive hashing, so only documents that collide in some band get compared.",
        "The candidate pairs are merged into clusters with union-find, and one document per cluster is kept.",
        "Suffix arrays strip long repeated substrings like boilerplate, and embedding methods "
        "catch paraphrased duplicates.",
        "More aggressive isn't always better: FineWeb found per-snapshot dedup beat global "
        "dedup, and a few repeats of good data are fine.",
    ],
    "nlp.decontamination": [
        "Contamination means benchmark test items or their answers show up in the training "
        "data, so the score partly measures memorization instead of ability.",
        "The standard check indexes the corpus and flags documents sharing long n-grams, like "
        "13-grams, with benchmark items.",
        "I remove those documents before training and report scores separately on the clean and "
        "contaminated subsets.",
        "It's hard to rule out because n-gram matching misses paraphrased, translated or "
        "reformatted copies, which embedding search or an LLM judge can catch.",
        "It can also come in later through synthetic data or reasoning traces generated by "
        "models that saw the benchmark.",
        "On the model side I check whether it completes benchmark items verbatim, whether its "
        "loss on them is suspiciously low, and whether it drops on a freshly written equivalent "
        "set like GSM1k.",
        "Canary strings in benchmark files make them easy to find and filter if they get crawled.",
    ],
    "dl.swiglu": [
        "SwiGLU passes the input through a gate projection with a Swish activation, multiplies "
        "that elementwise by a second linear projection, and a third projection maps the "
        "product back to the model width.",
        "Swish, or SiLU, is x times sigmoid of x, a smooth activation.",
        "So the layer has three weight matrices instead of the two in a classic MLP.",
        "To match the parameters of a 4d ReLU MLP, the hidden size is cut to about eight thirds "
        "of the width, like 11,008 for a width of 4,096 in Llama.",
        "Shazeer's 2020 comparison found GLU variants reach lower perplexity than ReLU or GELU "
        "MLPs at equal compute.",
        "The gain is empirical; there's no settled theory of why the gate helps.",
    ],
    "dl.long_context": [
        "A RoPE model trained at 8k breaks beyond that because it has never seen the rotation "
        "angles of those positions.",
        "So I rescale RoPE, with position interpolation or by raising the base as in NTK-aware "
        "scaling and YaRN, to map long positions into a familiar range.",
        "Then continued pretraining at long sequence lengths on genuinely long documents, books "
        "and whole repositories, billions of tokens or more, so the model learns to use the new "
        "range.",
        "I'd grow the length in stages, say 32k and then 128k.",
        "I keep short data in the mix and check explicitly that short-context scores don't regress.",
        "On the systems side attention compute grows quadratically, so training needs "
        "FlashAttention and context parallelism, and at inference the KV cache grows linearly "
        "with length.",
        "For evaluation, needle-in-a-haystack is too easy, so I'd use RULER with multi-hop "
        "tracing and long-document question answering.",
    ],
    "dl.linear_probes": [
        "A linear probe is a linear classifier trained on a model's frozen activations at one "
        "layer to predict some property of the input, and the model's weights are never "
        "touched.",
        "If the probe scores well, the property is linearly decodable from that layer, but that "
        "doesn't mean the model actually uses it.",
        "I keep the probe linear and small so it reads out what's already there instead of "
        "learning the task itself.",
        "As controls I'd run the same probe on a randomly initialized network and on control "
        "tasks with shuffled labels, to see how much accuracy the probe gets by itself.",
        "Probing every layer shows where the information shows up and where it fades.",
        "The probe can also pick up a confound in the data, like sentence length or a "
        "particular word, instead of the property.",
        "To claim the model uses the direction, I intervene: ablate or add that direction in "
        "the activations and check the behaviour changes as predicted.",
    ],
    "dl.sparse_autoencoders": [
        "Single neurons are often polysemantic because the model packs more features than "
        "dimensions in superposition, so we look for interpretable directions rather than "
        "neurons.",
        "A sparse autoencoder encodes activations, say the residual stream at one layer, into a "
        "much wider hidden layer through a linear map and a ReLU, then decodes them back "
        "linearly.",
        "It's trained on reconstruction error plus a sparsity penalty on the hidden "
        "activations, an L1 norm or keeping only the top k latents.",
        "Each latent's decoder column is a feature direction, and I'd check its meaning through "
        "top-activating examples, automated explanations and steering.",
        "I'd evaluate it on the sparsity versus reconstruction trade-off, and above all on how "
        "much the language model's loss rises when the reconstruction replaces the real "
        "activations.",
        "Known problems are dead latents, shrinkage from the L1 penalty, feature splitting that "
        "depends on dictionary size, and the reconstruction error it leaves unexplained.",
    ],
    "stats.paired_model_comparison": [
        "Since both models were scored on the identical 500 questions, I'd compare them "
        "question by question as a paired design, not as two independent proportions.",
        "Question difficulty hits both models alike, so their outcomes are positively "
        "correlated, and the variance of the difference subtracts twice that covariance, which "
        "makes it far smaller than the unpaired variance.",
        "The only informative questions are the discordant ones where one model is right and "
        "the other wrong; questions both solve or both miss cancel out.",
        "McNemar's test then checks whether those discordant questions split fifty-fifty "
        "between A and B, using an exact binomial or (b minus c) squared over (b plus c).",
        "For any metric I can also run a paired bootstrap: resample the questions with "
        "replacement, score both models on the same resample, and take percentiles of the "
        "difference as the interval.",
        "I'd report the 3-point gap with its confidence interval instead of just a p-value.",
        "If the models sample at nonzero temperature, I'd average several generations per "
        "question so sampling noise isn't confused with a real difference.",
    ],
    "stats.eval_power": [
        "Power is the chance of actually detecting a real improvement of the size we care "
        "about, and I'd target 80 percent with a two-sided false-positive rate of 0.05.",
        "The sample size is roughly (z for alpha plus z for power) squared, about 7.8, times "
        "the variance of a single question's outcome, divided by the squared effect.",
        "Since n scales with one over the effect squared, detecting an effect half as big takes "
        "four times as many questions.",
        "Because both checkpoints answer the same questions, the variance that matters is that "
        "of the per-question difference, which is about the disagreement rate, so the paired "
        "design needs several times fewer questions, around 2,000 instead of 8,000.",
        "If the benchmark size is fixed, I'd invert the formula to get the minimum detectable "
        "effect, about 4 points for 500 questions with 10 percent disagreement.",
        "With an underpowered eval, a non-significant result doesn't show that the checkpoint "
        "failed to improve.",
        "And the gains that do come out significant are inflated, since only lucky "
        "overestimates clear the bar.",
    ],
    "stats.llm_judge_validation": [
        "I'd build a gold set of a few hundred answers sampled from what the judge will really "
        "see, deliberately including hard and borderline ones, labelled by humans with the same "
        "rubric the judge uses.",
        "Two independent human raters label each item, and their agreement with each other is "
        "the ceiling I hold the judge to.",
        "I'd measure judge-human agreement with Cohen's kappa rather than raw percent "
        "agreement, since when most answers are acceptable a judge that always says yes already "
        "scores high agreement.",
        "For pairwise judging I swap the order of the two answers and count how often the "
        "verdict flips, which measures position bias.",
        "I check whether it favours longer, wordier answers that humans don't actually rate higher.",
        "Agreement has to hold for each model we compare, because a judge lenient to one "
        "model's style or its own family skews the comparison, so it should rank systems the "
        "way humans do.",
        "And I revalidate whenever the judge model, its prompt, or the models under test "
        "change, since models optimized against a judge learn to exploit it.",
    ],
    "stats.agent_eval_variance": [
        "An agent run is a long chain of sampled steps in a flaky environment, with tool errors "
        "and timeouts, so the same model can solve a task in one run and fail it the next.",
        "With 50 tasks and one attempt each, the standard error is about the square root of 0.4 "
        "times 0.6 over 50, roughly 7 points, so a 6-point drop is well within noise.",
        "I'd run several attempts per task, average them into a per-task success rate, and "
        "build the confidence interval over tasks, since tasks are the units.",
        "I'd separate infrastructure failures like tool errors and timeouts from genuine model "
        "failures, rerun or exclude them, and report how many there were.",
        "I'd also pin and report the scaffold, the tools and the token and time budgets, "
        "because they shift scores as much as the model does.",
        "pass@k is the probability that at least one of k attempts on a task succeeds.",
        "With n attempts and c successes, the unbiased estimate is one minus (n minus c choose "
        "k) over (n choose k), averaged over tasks.",
        "pass@k assumes something can verify attempts and keep a success, so for an agent "
        "running unattended I'd report pass@1 or pass^k, all k attempts succeeding, as the "
        "reliability measure.",
    ],
    "ml.benchmark_contamination": [
        "Contamination is when test items, their answers or paraphrases ended up in the "
        "training data, so the benchmark ends up measuring recall instead of the skill.",
        "If I can search the training corpus, long n-gram overlap, say 13-grams, against the "
        "test items finds verbatim copies.",
        "Paraphrases and translations get past n-gram filters, so I'd add embedding search or a "
        "model-based similarity check.",
        "Without the corpus I'd probe behaviour: if the model completes a test question or its "
        "answer options verbatim from a prefix, or rates the canonical wording far likelier "
        "than paraphrases, it has memorised them.",
        "The strongest test is a freshly written set of matched difficulty, or items dated "
        "after the cutoff; a clear drop there points to contamination, as happened with GSM1k "
        "versus GSM8K.",
        "To prevent it, decontaminate training data, keep private held-out sets, respect canary "
        "strings and use benchmarks that refresh.",
        "Saturation is different: near the ceiling the leftover errors are mostly mislabelled "
        "or ambiguous items, so the benchmark stops discriminating between models.",
        "Then I'd audit those residual errors and move to harder or newer benchmarks.",
    ],
    "ml.tree_split_criteria": [
        "At each node the tree tries every feature and threshold and keeps the split with the "
        "largest drop in impurity, the parent's impurity minus the children's impurities "
        "weighted by their share of samples.",
        "Gini impurity is one minus the sum of squared class proportions, which is the "
        "probability of mislabelling a random sample if you label it randomly by the node's "
        "class mix.",
        "Entropy is minus the sum of p log p over classes, and the entropy reduction a split "
        "achieves is the information gain.",
        "In practice Gini and entropy pick the same split almost every time, so the choice "
        "rarely changes the tree.",
        "Gini is the default in CART and scikit-learn mainly because it skips the logarithm and "
        "is a bit cheaper.",
        "Plain misclassification error isn't used for growing trees because it isn't strictly "
        "concave, so a split that clearly purifies the children can show no decrease at all.",
        "Information gain is biased toward features with many distinct values, like an ID "
        "column, which C4.5 fixes with the gain ratio.",
    ],
    "ml.ranking_metrics": [
        "Recall at k is the share of a query's relevant items that show up in the top k "
        "results, averaged over queries.",
        "Since recall at k doesn't care about order within the top k, it fits a "
        "candidate-generation stage feeding a reranker or a RAG context.",
        "MRR averages over queries one over the rank of the first relevant result, with zero "
        "when nothing relevant comes back.",
        "MRR fits tasks with a single right answer, like navigational search, and ignores "
        "everything after the first hit.",
        "DCG adds up graded relevance gains, each discounted by the log of its position, so "
        "lower results count less.",
        "nDCG divides that by the DCG of the ideal ordering of the same items, so a perfect "
        "ranking scores one and queries are comparable.",
        "Unjudged documents silently count as irrelevant, which penalises a new system that "
        "surfaces different good items.",
        "Click labels are position-biased because users click what's on top, so I'd debias them "
        "with inverse propensity weighting or use interleaving and A/B tests.",
    ],
    "ml.categorical_encoding": [
        "With only a few categories, one-hot encoding, a binary column for each category, is "
        "the safe default.",
        "For an unregularised linear model with an intercept I drop one dummy, since the full "
        "set sums to the intercept column and is collinear.",
        "Mapping categories to integers invents an order and distances that a linear model "
        "takes literally, so I'd keep label encoding for truly ordered categories or for tree "
        "models.",
        "With 200,000 merchant IDs one-hot becomes a huge sparse matrix, so I'd look at "
        "hashing, frequency encoding, learned embeddings or target encoding.",
        "Target encoding replaces each merchant with the mean target of the training rows for that merchant.",
        "If you compute it on the same rows you then encode, each row's own label is inside its "
        "feature, so for a merchant with one transaction it basically is the label and "
        "validation looks too good.",
        "So I compute it out of fold, each training row getting a value from folds that don't contain it.",
        "And I smooth each merchant's mean toward the global mean, with a weight that grows "
        "with how many rows the merchant has.",
    ],
    "ml.regression_metrics": [
        "MAE averages the absolute errors, so it's in minutes for delivery times and isn't "
        "thrown around by a few huge misses.",
        "RMSE squares the errors before averaging and takes the root, so large errors weigh far "
        "more than in MAE; one 60-minute miss counts like 36 ten-minute ones.",
        "The constant that minimises absolute error is the median, while squared error is "
        "minimised by the mean.",
        "RMSE is always at least as large as MAE, and a big gap between them tells you a few "
        "errors are very large.",
        "MAPE divides each absolute error by the actual value, which makes it scale-free but "
        "lets it blow up when actuals are close to zero.",
        "MAPE is also asymmetric: over-forecasts are penalised more than under-forecasts, so "
        "optimising it biases predictions low.",
        "R squared is one minus the residual sum of squares over the total sum of squares, the "
        "share of variance explained relative to always predicting the mean.",
        "R squared depends on how much the target varies, so it isn't comparable across "
        "datasets, and on test data it goes negative when the model is worse than the mean.",
        "For delivery times I'd report MAE in minutes, plus RMSE or a high percentile if long "
        "delays hurt customers, and train with a loss that matches the metric.",
    ],
    "ml.svm_margin_kernels": [
        "A linear SVM picks, among the hyperplanes separating the classes, the one with the "
        "widest margin to the closest training points on each side.",
        "With the nearest points scaled to functional margin one, the margin width is 2 over "
        "the norm of w, so maximising it means minimising the squared norm of w.",
        "Only the support vectors, the points on or inside the margin, determine the solution; "
        "the rest can move freely outside it.",
        "For non-separable data the soft margin gives each point a slack variable penalised by "
        "C, which is the same as hinge loss plus an L2 penalty on w.",
        "A large C punishes violations hard, so the margin gets narrower and hugs the training "
        "data and can overfit, while a small C allows violations for a wider margin.",
        "The dual touches the data only through dot products, so a kernel gives dot products in "
        "a high-dimensional feature space without ever building it, infinite-dimensional for "
        "RBF.",
        "Kernel SVM training grows between quadratically and cubically with the number of "
        "points, so for millions of rows I'd use a linear SVM or approximate kernel features.",
        "Its outputs are margin scores, not probabilities, so I'd calibrate them with Platt "
        "scaling if I need probabilities.",
    ],
    "ml.time_series_validation": [
        "Ordinary k-fold shuffles days, so the model trains on later days to predict earlier "
        "ones, which uses future information it won't have in production.",
        "Neighbouring days are strongly autocorrelated, so a validation day surrounded by "
        "training days is nearly memorised and the score comes out optimistic.",
        "Instead I'd use forward-chaining: train up to a cutoff, validate on the next block, "
        "roll the cutoff forward and repeat several times.",
        "The training window can grow with each fold, or slide at a fixed length if old data has gone stale.",
        "Each validation block should match the forecast horizon and retraining cadence, say 14 "
        "days ahead with weekly retraining.",
        "I leave a gap between the end of training and the validation block when labels or "
        "features span windows, so nothing overlaps the validation period.",
        "Every feature must be computable at prediction time, with lags from past values only "
        "and scalers fitted inside each training window.",
        "I look at the error fold by fold over time and keep the most recent period as the final test.",
    ],
    "stats.seed_variance": [
        "There are two noise sources here: the finite test set, and training randomness from "
        "initialisation, data order and nondeterministic GPU kernels.",
        "A paired test over test items only covers the test-set noise; it can't tell how "
        "another seed of the same recipe would score.",
        "So I'd train several seeds of each recipe, ideally five or more, and compare the two "
        "score distributions with seeds as the units.",
        "Seed-to-seed spread is often as big as the claimed gain, so 0.8 points from single "
        "runs could be pure noise.",
        "I'd make sure the baseline got the same tuning budget, data and compute as the new recipe.",
        "Nobody should report the best seed or a checkpoint chosen on the test set, since the "
        "maximum of noisy runs is biased upward.",
        "If the gain is small relative to the seed spread, a power calculation from the seed "
        "variance tells me how many seeds I need.",
    ],
    "ml.capability_thresholds": [
        "I'd define each threshold in advance, say meaningful uplift to a novice attempting a "
        "bioweapon, and tie each one to the safeguards it triggers.",
        "Since the eval is what triggers safeguards, the expensive error is a false negative, "
        "so the evals are designed to rule the threshold out with margin, not to prove it was "
        "crossed.",
        "If we can't rule it out, we treat the model as having crossed it and switch the "
        "safeguards on as a precaution.",
        "No single benchmark is the threshold, so I'd use a suite of proxies: domain knowledge "
        "tests, agentic tasks like lab protocols or cyber ranges, and expert red-teaming.",
        "Human uplift trials compare people working with the model against people who only have "
        "the internet.",
        "The warning lines sit below the actual threshold, because capability keeps growing "
        "between evaluations and with more post-training.",
        "Each eval has to measure the model at its best, with a helpful-only variant, strong "
        "scaffolds, tools and enough attempts, not its default behaviour.",
        "I'd rerun the suite during training, before deployment, and whenever the model gets "
        "notably more capable.",
        "The results and reasoning go into a capability report reviewed internally and by "
        "outside experts, with the uncertainty stated.",
    ],
    "ml.elicitation_sandbagging": [
        "Under-elicitation is when the eval score understates what the model can do, because of "
        "weak prompts, missing scaffolds or tools, small budgets or refusals.",
        "That's the dangerous direction, because after release others can elicit more with "
        "better scaffolds, many attempts or fine-tuning, so a low score gives false "
        "reassurance.",
        "Sandbagging is strategic underperformance: a model that recognises it's being tested "
        "deliberately does worse, or a developer makes it look weaker than it is.",
        "To push toward an upper bound I'd use a helpful-only model, strong scaffolding and "
        "tools, chain of thought, many attempts and prompt optimisation.",
        "The strongest check is fine-tuning on a few good demonstrations, or RL when success "
        "can be scored, since password-locked model experiments show it recovers capability "
        "prompting can't unlock.",
        "Warning signs of sandbagging are scoring below smaller models or the scaling trend, "
        "failing easy items while passing hard ones, and reasoning that mentions being "
        "evaluated.",
        "And I'd document the elicitation effort and add a margin for capability that may still "
        "be unelicited.",
    ],
    "ml.ai_control": [
        "AI control aims to stay safe even if the model is misaligned and actively trying to "
        "subvert our safeguards, rather than counting on its alignment.",
        "The trusted model is a weaker one we're confident isn't scheming, while the capable "
        "model we want to use is treated as untrusted.",
        "In trusted monitoring the trusted model reads every action the untrusted agent "
        "proposes and gives it a suspiciousness score.",
        "The most suspicious actions, as many as the small human audit budget covers, say the "
        "top one or two percent, get human review before they run.",
        "Moderately suspicious actions below the audit line can be replaced by the trusted "
        "model's own action or resampled, trading some usefulness for safety.",
        "To evaluate it, I'd run a control evaluation where a red team writes attack policies "
        "for the untrusted model and we measure the probability that a simulated deployment "
        "ends with no successful attack.",
        "Alongside safety I'd measure usefulness, how much of the untrusted model's performance "
        "the protocol keeps.",
        "The weak points are the capability gap, since subtle attacks can look innocent to the "
        "weaker monitor, and attacks split across many harmless-looking steps.",
    ],
    "llm.evaluation_design": [
        "Before picking any metric I'd pin down what the chatbot is for, who will use it, and "
        "which failures would hurt most, since that decides the criteria and the pass bars.",
        "I would not collapse quality into a single number; I'd score correctness, helpfulness, "
        "harmlessness, consistency and robustness separately, each with its own rubric.",
        "Offline, every release is gated on versioned test suites, including red-team safety "
        "prompts and a regression set made of failures we have already seen.",
        "Trained human raters with rubrics judge the subjective parts, and automated graders "
        "like classifiers and LLM judges give us scale once they are calibrated against those "
        "human labels.",
        "In production I'd monitor live traffic for thumbs-down, retries, escalations and "
        "safety flags, run A/B tests, and alert on drift.",
        "Whatever failures we find go back into the fine-tuning data, the test suites and the "
        "guardrail rules, so the loop closes.",
    ],
    "llm.failure_diagnosis": [
        "If the harm is serious, my first move is damage control: tighten the output filter for "
        "that category, route risky requests to a safe fallback, or roll back to the last good "
        "version while we dig in.",
        "Then I'd pull the bad cases from logs, user reports and safety flags, reproduce them, "
        "and measure the failure rate by topic, language, prompt length and model version to "
        "see what changed.",
        "On the data side I'd check whether recent fine-tuning data had wrong, toxic or biased "
        "examples, or simply no coverage of this domain.",
        "On the alignment side, maybe the reward model or preference data never penalized this "
        "behavior, or the policy learned to exploit the reward model.",
        "I'd also look at the guardrails: an input classifier, the system prompt or the output "
        "filter may have missed a new jailbreak pattern.",
        "Finally, each fix is checked against a regression suite built from the failing cases, "
        "checked for extra over-refusals, and monitored after rollout.",
    ],
    "llm.hallucination": [
        "A hallucination is a confident, fluent answer that is false or not backed by the "
        "sources, and it happens because pretraining rewards text that sounds plausible, not "
        "text that is true.",
        "To detect it, I break the answer into individual claims and check each one against the "
        "retrieved documents with an entailment model or an LLM verifier.",
        "When there is no reference, I sample the same question several times, because made-up "
        "details tend to change from sample to sample while real facts stay stable.",
        "To reduce it, retrieval-augmented generation grounds the answer in trusted documents "
        "and lets it cite them, although bad retrieval then becomes its own failure mode.",
        "In fine-tuning and preference training I'd reward the model for saying it isn't sure "
        "and penalize confident mistakes, so it learns when to abstain.",
        "And at the system level, any answer that is unsupported or low-confidence falls back "
        "to abstaining, hedging, or handing off to a human.",
    ],
    "llm.guardrails": [
        "I'd build defense in depth, because alignment training on its own fails now and then, "
        "so I want several independent layers around the model.",
        "Before the model, an input screen uses classifiers and rules to catch jailbreaks, "
        "prompt injection and obviously disallowed requests.",
        "After generation, every response passes through moderation classifiers and policy "
        "validators before the user sees it.",
        "For ambiguous or high-risk requests, a fallback gives a safe partial answer or an "
        "explained refusal, or hands the conversation to human review.",
        "All traffic is logged, with an alert whenever the rate of flagged outputs spikes above "
        "its baseline.",
        "Red teaming keeps running after launch so we find new attacks before they spread.",
        "Rate limits and per-user access controls slow down automated abuse and bulk probing of the filters.",
        "The cost is that tighter controls mean more false refusals and more latency, so I "
        "measure the over-refusal rate and tune thresholds per risk category.",
    ],
    "llm.constitutional_ai": [
        "Constitutional AI guides the model with a short, written list of principles that say "
        "what acceptable and harmful behavior look like.",
        "In the supervised stage, the model drafts an answer, critiques that draft against one "
        "of the principles, revises it, and then gets fine-tuned on the revised versions.",
        "In the reinforcement stage, an AI evaluator compares pairs of responses and picks the "
        "one that better follows the principles, and those choices train a preference model.",
        "Versus standard RLHF, most human harmlessness labels are replaced by AI feedback, "
        "which is cheap to scale and makes the intended behavior explicit and auditable.",
        "The weak spots are that principles can be vague or pull against each other, and the AI "
        "judge can share the model's blind spots, so outcomes hinge on the wording.",
        "So I would still red-team the trained model, have humans spot-check it, and keep "
        "runtime guardrails, since a constitution guarantees nothing by itself.",
        "Constitutional classifiers take the same idea to deployment: input and output "
        "classifiers trained on synthetic data generated from a constitution block jailbreaks "
        "aimed at dangerous content.",
    ],
    "llm.adversarial_prompts": [
        "I'd start with a threat model that separates direct jailbreaks, which users type "
        "themselves, from indirect prompt injection hidden in web pages, documents or tool "
        "outputs.",
        "Then I'd run red teaming continuously, with human experts and with models that "
        "generate and mutate attacks, and keep every attack that works in a growing library.",
        "Those successful attacks go into safety training, so the model learns to resist "
        "role-play, encoded and multi-turn manipulation as patterns rather than memorizing "
        "strings.",
        "At runtime, input classifiers catch known attack styles, and anything untrusted is "
        "clearly delimited and handled as data, never as instructions.",
        "For agents, I'd give tools least privilege and require confirmation before sensitive "
        "actions, so a successful injection can't do much damage.",
        "I'd measure attack success rate on a held-out adversarial set alongside over-refusal "
        "on benign prompts, and watch the logs for new attack patterns.",
    ],
    "llm.prompt_sensitivity": [
        "It matters because users stop trusting a system that answers the same question "
        "differently when it's phrased differently, and an eval score can hinge on one lucky "
        "phrasing.",
        "To measure it, I'd create meaning-preserving variants of every test prompt: "
        "paraphrases, reordered instructions, formatting changes and typos.",
        "Then I'd report a consistency metric, for example the agreement rate of answers across "
        "those variants, broken down by slice next to the quality scores.",
        "More generally, I'd run evaluations over several prompt templates and samples and "
        "report the average and the spread rather than a single prompt's score.",
        "To make the model itself more robust, I'd train on many phrasings of the same "
        "instruction and use preference data that rewards giving the same substantive answer.",
        "In production, prompt templates are versioned and regression-tested, inputs get "
        "normalized, and the sampling temperature is set for the task.",
    ],
    "llm.monitoring": [
        "On safety, I'd track the rate of outputs flagged by moderation per harm category, "
        "detected jailbreak attempts, refusals and user reports.",
        "For quality, user behavior tells me a lot: thumbs-down rate, retries and rephrasings, "
        "abandoned conversations and escalations to human support.",
        "Each day an LLM judge, calibrated against human raters, grades a small random sample "
        "of conversations.",
        "On the operational side I'd watch latency percentiles, error and timeout rates, tokens "
        "per request and cost.",
        "Every metric gets split by language, topic, customer and model version, and I'd watch "
        "the input distribution for drift.",
        "Alerts fire on sudden spikes or sustained shifts relative to a baseline, and each one "
        "has a severity, an owner and a runbook.",
        "Every week people review sampled and flagged conversations, and confirmed failures "
        "turn into regression tests and training data.",
    ],
    "llm.rollout": [
        "I'd version the whole bundle that shapes behavior, meaning the weights, the system "
        "prompt, the guardrail thresholds and the retrieval index, and log that bundle version "
        "with every response.",
        "Before any user sees the candidate, it has to clear capability, safety and regression "
        "suites, with a threshold on every slice so an average gain can't hide a regression in "
        "one language.",
        "Then traffic moves over gradually: shadow mode or internal users first, then a small "
        "canary of about one percent, then bigger steps.",
        "At each step I compare the new and old versions on criteria agreed in advance, such as "
        "quality ratings, safety flags, refusal rate, latency and cost.",
        "If a guardrail metric crosses its limit, rollback happens automatically in one step, "
        "since the previous version stays deployed.",
        "And behavior changes go into release notes, with API customers getting advance notice "
        "and time to re-test their prompts.",
    ],
    "llm.control_latency_cost": [
        "I'd set an explicit latency and cost budget for all the checks, say a hundred "
        "milliseconds at p95, and profile how much each layer eats.",
        "The biggest win is a cascade: cheap rules and a small classifier look at every "
        "request, and only the uncertain or risky ones go on to a bigger model or an LLM judge.",
        "The input check can run in parallel with generation, and the output check can scan "
        "streamed chunks as they arrive instead of waiting for the full response.",
        "The classifiers themselves can be distilled into smaller models, quantized and "
        "batched, and verdicts for repeated prompts can be cached.",
        "I'd also match the strength of the controls to the risk of each surface, with the "
        "heaviest checks where the potential harm is greatest.",
        "And every optimization has to pass the safety evaluation set before shipping, with "
        "recall per harm category treated as a hard constraint.",
    ],
    "llm.bias_fairness": [
        "First I'd define which harms matter for the product: stereotyping, demeaning content, "
        "or simply worse answers for some groups, like certain dialects or languages.",
        "The main measurement tool is counterfactual testing: take otherwise identical prompts, "
        "swap names, genders, nationalities or dialect, and compare the responses.",
        "I'd also use bias benchmarks and break the usual quality metrics down by language, "
        "dialect and group, because an overall average can hide a big gap.",
        "Automatic metrics miss subtle harms, so diverse human reviewers, including people from "
        "the affected communities, label samples against a rubric.",
        "To mitigate, I'd rebalance and filter the training data, add preference data and "
        "principles that penalize stereotyping, and use targeted eval sets as release gates.",
        "And I'd keep tracking fairness metrics across releases and in production, since fixing "
        "things for one group can make them worse for another.",
    ],
    "llm.moderation_system": [
        "Everything starts with a written policy: harm categories, examples on both sides of "
        "the line, and severity levels, because a model can't enforce rules nobody has spelled "
        "out.",
        "Given the volume, the pipeline is tiered: hash matching and small per-category "
        "classifiers see every post, and only the uncertain middle goes to an LLM that reasons "
        "over the relevant policy.",
        "Human moderators take the appeals and the hardest and most severe cases, and their "
        "decisions become labeled training data.",
        "I'd measure precision and recall per category and per language, since false positives "
        "silence legitimate users and false negatives leave harm up.",
        "Bad actors adapt with misspellings, text inside images and coded slang, so red teaming "
        "and regular retraining are part of the design.",
        "Dashboards track volumes, appeal overturn rates and moderator agreement, and every "
        "policy change is versioned and re-evaluated.",
    ],
    "llm.fallback_escalation": [
        "The fallback fires on concrete signals: a high safety-classifier score, a failed "
        "grounding or citation check, low confidence, or the user simply asking for a person.",
        "The model's own estimate that its answer is true is reasonably calibrated in large "
        "models, but I'd validate it on our labeled traffic and combine it with the other "
        "signals instead of gating on it alone.",
        "Sensitivity depends on risk tiers per use case, so medical, legal or self-harm topics "
        "escalate much earlier than small talk.",
        "The safe default should still help: answer the safe part, ask a clarifying question, "
        "or point to trusted resources rather than refusing flatly.",
        "When a human takes over, the reviewer queue gets the full conversation, the reason for "
        "escalation and the scores, with response-time targets.",
        "I'd tune the thresholds on escalation rate, reviewer workload and harmful cases that "
        "slipped through, because escalating too often is expensive and too rarely is "
        "dangerous.",
        "Reviewer decisions are logged as labels and fed back into the classifiers, the "
        "thresholds and the training data.",
    ],
    "llm.eval_feedback_loop": [
        "Offline evaluation runs fixed, versioned test suites; it's cheap and repeatable, so "
        "it's the right tool for comparing versions and gating releases.",
        "Online evaluation uses A/B tests and behavior like retries, abandoned sessions and "
        "thumbs-down clicks to surface failures nobody anticipated.",
        "Human evaluation uses trained raters with rubrics for things like helpfulness, tone "
        "and subtle harm, and I check inter-rater agreement.",
        "Automated graders, classifiers and LLM judges, then extend that human judgment to "
        "every response once they agree well with human labels.",
        "The weakness of offline sets is that they only hold cases someone thought of, and over "
        "time they go stale or leak into training data.",
        "The loop closes when failures from all these sources are triaged and turned into "
        "training examples, preference pairs, new test cases and guardrail updates for the next "
        "version.",
    ],
    "llm.safety_usefulness": [
        "A refusal isn't automatically the safe option: a needless refusal fails the user, "
        "erodes trust, and can push them to a less careful source.",
        "So I track two separate rates: harmful compliance on genuinely risky prompts, and "
        "over-refusal on benign prompts that only look sensitive, like medication-dose "
        "questions.",
        "Where to land between them depends on context: who the users are, which surface the "
        "assistant runs on, and how severe the worst outcome could be.",
        "Often the best response is neither full compliance nor refusal; the assistant helps "
        "with the legitimate part, adds safety information, or points to better resources.",
        "Training can improve both at once, with preference data that penalizes harmful help "
        "and pointless refusals alike, and principles that value helpfulness explicitly.",
        "Classifier thresholds are set per harm category from measured precision and recall, "
        "and revisited when monitoring shows errors.",
    ],
    "llm.safe_assistant_design": [
        "I'd start from the purpose and the users, say a consumer app with millions of users "
        "including teenagers, and name the main risks: harmful advice, hallucination, privacy "
        "leaks and misuse.",
        "Before building anything, I'd fix the evaluation framework, with metrics and release "
        "thresholds for helpfulness, correctness, harmlessness and robustness.",
        "Each message goes through input checks, then prompt assembly with retrieved context, "
        "then generation, then output checks before the user sees the reply.",
        "Risky or uncertain cases get a safe partial answer, a clarifying question or a handoff "
        "to a human instead of the raw reply.",
        "The model itself is aligned with supervised fine-tuning plus RLHF or constitutional "
        "AI, so the filters are backstops rather than the main defense.",
        "I'd state the trade-offs openly: stricter filters mean more false refusals and "
        "latency, so thresholds follow the severity of each harm.",
        "After launch, dashboards, alerts and sampled human review feed failures back into the "
        "training data, the evals and the guardrails.",
    ],
    "code.binary_search": [
        "I keep a low and a high bound, and the range between them always contains the first "
        "spot where the target could be; each step I compare the middle element and shrink one "
        "side.",
        "Each comparison cuts the remaining range in half, so it runs in O(log n) time with "
        "O(1) extra space.",
        "When the middle equals the target I don't return right away; I move the high bound "
        "down to the middle, so I end on the first of the duplicates.",
        "An empty list, a single element and targets smaller or larger than everything have to "
        "terminate cleanly, without off-by-one errors.",
        "It only works because the list is sorted, since the ordering tells me which half "
        "cannot contain the target.",
    ],
    "code.gradient_descent": [
        "Every epoch I step both the weights and the bias against the gradient of the loss, "
        "scaled by the learning rate.",
        "For the mean squared error the weight gradient is two over n times X transpose times "
        "the residual, predictions minus targets, and the bias gradient is twice the mean "
        "residual.",
        "If the learning rate is too big the loss oscillates or diverges, and if it is too "
        "small it converges but takes a very long time.",
        "Because the loss of a linear model is a convex quadratic, there is one global minimum, "
        "and a small enough step always reaches it.",
        "Instead of a fixed epoch count I'd stop once the gradient norm or the improvement in "
        "loss drops below a tolerance.",
        "Standardizing the features makes the loss surface better conditioned, so it converges much faster.",
        "With vectorized NumPy each epoch costs O(n times d).",
    ],
    "code.longest_common_subsequence": [
        "I fill a table where cell i, j holds the length of the longest common subsequence of "
        "the first i characters of a and the first j characters of b.",
        "If the two current characters are equal the cell is the diagonal neighbour plus one; "
        "otherwise it takes the maximum of the cell above and the cell to its left.",
        "Row zero and column zero are all zeros, since nothing is shared with an empty prefix.",
        "To get the string itself I start at the bottom-right corner and walk back, taking a "
        "character whenever I step diagonally on a match and otherwise moving toward the larger "
        "neighbour, then reverse.",
        "That's O(m times n) time and memory, and if I only needed the length I could keep just two rows.",
    ],
    "code.top_p_sampling": [
        "First I softmax the logits, subtracting the maximum logit so nothing overflows.",
        "For the nucleus I sort the probabilities from largest to smallest and take a running "
        "cumulative sum to find where to cut.",
        "I keep every token up to and including the one whose cumulative probability first "
        "reaches p, so the kept mass is at least p and there is always at least one token.",
        "Then I divide the survivors by their total so they sum to one again before sampling.",
        "The key difference is that top-k keeps a fixed number of tokens no matter what, "
        "whereas top-p keeps few tokens when the model is confident and many when the "
        "distribution is flat.",
        "Sorting the vocabulary costs O(V log V), while top-k alone can use argpartition in linear time.",
    ],
    "code.stratified_kfold": [
        "I deal out each class on its own across the folds, so every fold ends up with about "
        "the same class mix as the whole dataset.",
        "Each index appears in exactly one test fold, and a fold's training set is the union of "
        "the other k minus one folds.",
        "This matters most when classes are imbalanced or the data is small, because a random "
        "split could leave a fold with few or none of the rare class.",
        "Folds with matching class proportions also make the cross-validation estimate less "
        "noisy from fold to fold.",
        "In practice I'd shuffle within each class using a fixed seed first, so the folds don't "
        "mirror the file order and stay reproducible.",
        "Stratification doesn't handle related rows, like several samples from one patient; "
        "those need to stay together, which is what group k-fold does.",
    ],
    "code.edit_distance": [
        "Cell i, j of my table is the edit distance between the first i characters of a and the "
        "first j characters of b.",
        "The first row and column count up from zero, because turning a prefix into the empty "
        "string takes as many deletions as it has characters.",
        "Every other cell is the minimum of three moves: the cell above plus one for a "
        "deletion, the cell to the left plus one for an insertion, and the diagonal plus one "
        "for a substitution, or plus zero when the characters are equal.",
        "That costs O(m times n) time, and since a row only depends on the previous one I keep "
        "two rows, so memory is proportional to the shorter string.",
        "If I need the actual edits I keep the whole table and backtrack from the corner, which "
        "is the alignment used for word error rate and spell checking.",
    ],
    "code.bpe_merge": [
        "For each word I count its adjacent symbol pairs, and every occurrence adds that word's "
        "corpus frequency, so common words weigh more.",
        "Training runs this step over and over, each merge adding one new symbol to the "
        "vocabulary, until it reaches the size we want, say thirty-two thousand.",
        "The merges are saved as an ordered list, and tokenizing new text means splitting it "
        "into base symbols and applying the merges in that same order.",
        "Since the base alphabet is characters or bytes, any word can always be broken into "
        "known symbols, so nothing is ever out of vocabulary; rare words just become several "
        "pieces.",
        "I merge occurrences scanning left to right without overlapping, so a a a turns into aa "
        "followed by a.",
        "A real trainer doesn't rescan the corpus each time; it updates the pair counts "
        "incrementally, only for the words that held the merged pair.",
    ],
    "code.kv_cache_attention": [
        "The cached decode gives exactly the same rows as full causal attention, because "
        "position t only looks at positions up to t and earlier keys and values never change.",
        "The cache holds the keys and values of all earlier positions; I don't cache queries, "
        "since each query is only used by its own position.",
        "So a decoding step is linear in the current length instead of recomputing the "
        "projections and attention over the whole prefix.",
        "What it costs is memory that grows linearly with the context length, the number of "
        "layers and the batch size, and for long contexts it dominates serving memory.",
        "Each head takes its own d_h-column slice and scales its scores by one over the square "
        "root of d_h, and the heads are concatenated before the output projection.",
        "The prompt runs as one batched prefill pass that is compute-bound, whereas each decode "
        "step is a matrix-vector product bound by memory bandwidth.",
        "Grouped-query attention, sharing keys and values across heads, and paged or quantized "
        "caches shrink that memory.",
    ],
    "code.mlp_backward": [
        "With softmax and cross-entropy the gradient at the logits is just the predicted "
        "probabilities minus the one-hot labels, divided by the batch size since the loss is a "
        "mean.",
        "From there I go backward layer by layer using the stored forward values: dW2 is A "
        "transposed times that gradient, db2 is its column sum, and I multiply by W2 transposed "
        "to get back to A.",
        "The ReLU lets the gradient through only where its input was positive, so a hidden unit "
        "that is off for every row gets zero gradient.",
        "To check it I perturb one entry at a time by plus and minus eps and take the central "
        "difference, whose error falls off with eps squared.",
        "I compare with a relative error so large and small gradients are judged on the same "
        "scale, and in float64 a correct backward pass agrees to around 1e-9.",
        "That check needs two forward passes per parameter entry, so on a real model I'd only "
        "check a random subset of entries on a small batch.",
        "If the numeric and analytic gradients disagree right at a ReLU kink, that's expected, "
        "since there's no derivative there, not a bug.",
    ],
    "code.eval_harness": [
        "I report results in input order rather than the order they finish, so two runs of a "
        "suite can be diffed line by line whatever the concurrency.",
        "An item that still fails after all its retries stays in the denominator as wrong and "
        "is listed as a failure too, because dropping it would inflate the score.",
        "Concurrency is capped by a fixed pool of workers, a semaphore in a real client, so we "
        "stay inside the provider's rate limit.",
        "I retry only transient errors like timeouts and rate limits, with exponential backoff "
        "plus random jitter and a cap on attempts.",
        "Each finished item is appended to a journal and flushed, so after a crash the run "
        "skips what is recorded and reruns only the missing or failed items.",
        "Resume is keyed by id: the last record for an id wins, and a half-written final line "
        "is simply ignored.",
        "The model client, the clock and sleep are injected, so the tests run on a fake clock "
        "instantly and deterministically.",
        "Restored ids go into a dictionary, so each lookup is constant time and resuming stays "
        "linear in the number of items.",
    ],
    "dl.activation_patching": [
        "I start with two prompts: a clean one where the model gives the right answer and a "
        "corrupted one that differs in just a token or two, enough to flip the answer, like "
        "swapping the names in an indirect-object sentence.",
        "Then I run the model on one prompt and, at a single component such as one head's "
        "output or the residual stream at one position, I overwrite the activation with the "
        "value cached from the other run and let the rest of the forward pass continue.",
        "To score it I use the logit difference between the correct and incorrect answer, "
        "normalized so zero means the corrupted result and one means the clean result.",
        "Repeating this across every layer, position and head gives a map of where the "
        "information that decides the answer lives.",
        "Patching clean activations into the corrupted run tells you whether a component is "
        "sufficient to restore the behaviour, while patching corrupted activations into the "
        "clean run tells you whether it is necessary.",
        "The corruption should be a minimally different real prompt, because zero or mean "
        "ablation can push activations off distribution and exaggerate the effects.",
        "Since one forward pass per component is expensive, attribution patching uses gradients "
        "to estimate all the effects at once, but that linear approximation is only reliable "
        "when the effects are small.",
        "Finally, later components can compensate for the patched one, so a single patch can "
        "understate how much a component matters.",
    ],
    "dl.superposition": [
        "Superposition is when a network stores more features than it has dimensions, by giving "
        "each feature a direction that is nearly but not exactly orthogonal to the others.",
        "It is cheap when features are sparse, since each is active on only a small fraction of "
        "inputs, so two of them are rarely on at the same time.",
        "The cost is interference: reading one feature picks up a bit of the others, but a "
        "nonlinearity like a ReLU can filter out that small noise.",
        "Anthropic's toy models showed that with dense features the model keeps only the most "
        "important ones, one per dimension, while as sparsity grows it packs more features in "
        "superposition, with sharp phase transitions.",
        "As a result individual neurons become polysemantic, firing for several unrelated concepts.",
        "So interpretability has to recover features as directions, with sparse autoencoders or "
        "dictionary learning, rather than reading neurons one at a time.",
        "One subtlety is that an elementwise nonlinearity makes the neuron directions a "
        "privileged basis, while the residual stream has no preferred basis.",
    ],
    "nlp.process_vs_outcome_rewards": [
        "An outcome reward looks only at the end result, for instance whether the final answer "
        "matches the reference or the code passes its tests.",
        "A process reward model instead gives a score to every intermediate step of the reasoning chain.",
        "That step-level signal is denser, so it can pinpoint the first step that went wrong, "
        "whereas an outcome reward hands every step of a long chain the same verdict.",
        "Outcome rewards can also reward bad reasoning that lands on the right answer by luck, "
        "which happens a lot when the answer comes from a small set like multiple choice.",
        "The downside of process supervision is labeling: human step annotations like PRM800K "
        "are expensive, and automatic labels estimated from Monte Carlo rollouts are noisy.",
        "A learned process reward model is also just a proxy, so a policy optimized hard "
        "against it will learn steps that look good to the model without being correct.",
        "In practice process models shine at test time for reranking samples and guiding "
        "search, while large-scale RL training like DeepSeek-R1 has used rule-based outcome "
        "rewards because they are cheap and hard to hack.",
    ],
    "nlp.reasoning_models": [
        "Reasoning models produce a long chain of thought, often thousands of tokens, before "
        "answering, trying approaches, checking intermediate results and backtracking when "
        "something fails.",
        "They are trained mostly with large-scale reinforcement learning on tasks whose answers "
        "can be verified, like maths and code, usually after a short supervised warm-up on "
        "example reasoning traces.",
        "The key property is test-time scaling: on hard problems accuracy keeps improving as "
        "you let the model spend more thinking tokens, so inference compute becomes a knob you "
        "can turn.",
        "The price is higher latency and token cost, and they tend to overthink simple questions.",
        "Reasoning also distills well: fine-tuning a small model on a strong reasoner's traces "
        "often beats running RL on the small model directly.",
        "When evaluating I would report the thinking budget and average pass@1 over several "
        "samples at the deployed temperature, instead of a single run.",
        "And the chain of thought isn't guaranteed to be faithful: when a hint is slipped into "
        "the prompt, models often use it without mentioning it, so the reasoning is a monitor, "
        "not proof.",
    ],
    "nlp.quality_filtering": [
        "I'd start with cheap rules that drop obvious junk: documents that are too short or too "
        "long, with lots of symbols, repeated lines or n-grams, or hardly any common stop "
        "words.",
        "Alongside that come language identification, URL blocklists, and scrubbing personal "
        "data and toxic content.",
        "Then a model-based classifier that scores pages by how much they look like "
        "reference-quality text, such as pages Wikipedia links to, or, like FineWeb-Edu, by an "
        "LLM's rating of their educational value.",
        "An older variant is a perplexity filter, keeping documents that a small language model "
        "trained on clean text assigns high likelihood.",
        "To know a filter helps, I'd train small models, around a billion parameters, on "
        "filtered and unfiltered data with the same token budget and compare them on a broad "
        "evaluation suite, rather than eyeballing samples.",
        "Aggressive filtering has a cost: it throws out dialects, minority topics and informal "
        "writing and bakes in the classifier's biases.",
        "And the stricter the threshold, the fewer unique tokens remain, so the cut-off trades "
        "quality against quantity for the planned token budget.",
    ],
    "nlp.data_mixture": [
        "I'd treat the mixture as an experiment: train small proxy models, a few hundred "
        "million to a billion parameters, on several candidate mixtures at the same token "
        "budget and compare.",
        "Benchmark accuracies at that scale are often noisy or near chance, so I'd look at "
        "held-out loss or bits per byte per domain, plus evaluations that are informative at "
        "small scale.",
        "Methods like DoReMi, or fitting a regression over many small runs as RegMix does, can "
        "predict better mixture weights.",
        "Winners at small scale don't always win at large scale, since bigger models absorb "
        "harder domains better, so I'd confirm the top candidates at one or two bigger scales.",
        "Good sources are limited, so they get upsampled; repeating data for up to about four "
        "epochs costs little, but much more than that wastes compute.",
        "Towards the end of training, while the learning rate decays, I'd anneal on a higher "
        "share of the best data, and short annealing runs from a checkpoint are a cheap test of "
        "whether a new dataset helps.",
        "Finally the mix reflects priorities: more code helps reasoning but takes tokens from "
        "other domains, and multilingual data trades against English at a fixed size.",
    ],
    "dl.context_expert_parallelism": [
        "Context parallelism splits each sequence along the token dimension across GPUs, and "
        "because MLPs, norms and projections work token by token, those parts need no "
        "communication.",
        "Attention is the exception, since each query needs the keys and values of all earlier "
        "tokens, so ring attention passes blocks of keys and values around a ring of GPUs, "
        "combining them with an online softmax and overlapping the transfer with compute.",
        "With a causal mask the GPUs holding the early chunks have less work, so the chunks are "
        "assigned in a zigzag order to balance the load.",
        "You need it when the activations of one long sequence don't fit on a single GPU even "
        "with activation checkpointing, say at 128k tokens.",
        "Megatron's sequence parallelism is different: within a tensor-parallel group it shards "
        "the layer-norm and dropout activations along the sequence, turning each all-reduce "
        "into a reduce-scatter plus an all-gather.",
        "Expert parallelism is for mixture-of-experts models, where different experts live on "
        "different GPUs.",
        "Each MoE layer sends tokens to the GPUs with their chosen experts and back through two "
        "all-to-all exchanges, which is heavy traffic and suffers when routing is unbalanced.",
    ],
    "design.recommendation_feed": [
        "I'd optimize for long-term value, like whether people come back over the next week and "
        "how much of their watch time they call satisfying, instead of raw clicks, and keep "
        "guardrails such as hides, reports and creator diversity.",
        "The training data is the impression log: each video we served with its watch fraction, "
        "likes, shares and skips, where a shown-but-skipped video is a negative.",
        "A cheap first stage, a two-tower model whose video vectors sit in an approximate "
        "nearest-neighbour index, narrows tens of millions of videos to a few thousand "
        "candidates, and then a heavier multi-task ranker scores them with user, video and "
        "context features and blends predicted watch time, likes and shares into one score.",
        "To stay within about 200 milliseconds, video embeddings are computed ahead of time and "
        "user features are read from a low-latency feature store fed by the event stream.",
        "Offline recall@k and nDCG on a later time window only shortlist models; the launch "
        "decision comes from an A/B test on return visits and the guardrails.",
        "Since the model only sees feedback on what it chose to show, popular videos get ever "
        "more popular, so I reserve a small slice of traffic to explore fresh uploads and new "
        "creators.",
        "I'd watch feature freshness, score distributions and engagement by user segment, alert "
        "on shifts and retrain daily, and filter policy-violating videos before ranking while "
        "stripping bot-driven fake engagement from the training data.",
        "The big trade-offs are engagement versus diversity and well-being, and a bigger model "
        "versus latency and serving cost.",
    ],
    "design.search_ranking": [
        "For a shop, a good search ends in a purchase or add-to-cart without the user having to "
        "rephrase, so next to relevance I track conversion per search and how often queries "
        "return nothing useful.",
        "Retrieval mixes a BM25 inverted index, which nails exact brand names and model "
        "numbers, with an embedding retriever that bridges vocabulary mismatch, returning "
        "roughly a thousand products.",
        "Labels are mined from the logs with grades, where a purchase outranks an add-to-cart "
        "and an add-to-cart outranks a click, and because clicks pile up at the top positions "
        "I'd correct for position bias by randomizing a bit of the ordering and applying "
        "inverse-propensity weights.",
        "The ranker is a learning-to-rank model, LambdaMART on gradient-boosted trees or a "
        "neural ranker, over query-product text match, product quality, price and the user's "
        "history.",
        "To fit in about 100 milliseconds, the index is sharded, features are precomputed, only "
        "the top few hundred products reach the ranker, and popular queries are cached.",
        "Offline I'd compare nDCG@10 and MRR on held-out queries and a human-judged set, split "
        "into head and tail queries, but launches are decided by A/B tests, with interleaving "
        "for quick, sensitive comparisons of two rankers.",
        "I'd monitor zero-result and reformulation rates, latency and index freshness, and "
        "since sellers stuff keywords and fake reviews or orders, I'd make those signals robust "
        "and demote spam.",
        "The trade-offs are relevance versus sponsored revenue, personalization versus "
        "diversity, and ranker size versus latency.",
    ],
    "design.llm_eval_platform": [
        "The users are researchers following training runs, the people who own release "
        "decisions, and safety teams, and what they all need is results they can reproduce and "
        "compare across months.",
        "Each eval is registered as a versioned bundle of dataset, prompt template, sampling "
        "settings and scorer, and touching any of those produces a new version so old numbers "
        "stay comparable.",
        "Runs are jobs on the inference cluster, where a scheduler batches requests, caches "
        "completions so rescoring is free, retries failures and runs agentic tasks in sandboxed "
        "containers, with a cheap subset on every checkpoint and the full suite at release to "
        "balance coverage against compute.",
        "Scoring matches the task: normalized exact match, unit tests for code, and LLM graders "
        "only once they have been validated against human labels.",
        "Every result carries a confidence interval from the item count, checkpoints answering "
        "the same items are compared paired, and noisy tasks get several samples per item, so a "
        "one-point bump isn't taken as progress.",
        "We check contamination by n-gram overlap between eval items and the training corpus, "
        "and keep canary strings plus private held-out sets.",
        "Results land in a store with dashboards across checkpoints, release gates read from it "
        "so a failing safety suite blocks the release, and I'd monitor failed jobs, rerun "
        "spread on a fixed checkpoint, cost per run and saturated benchmarks.",
        "Dangerous-capability evals like bio or cyber-offense keep data and transcripts behind "
        "restricted access and are run with our strongest elicitation, because a weakly "
        "prompted model understates what it can do.",
    ],
    "design.spam_abuse": [
        "After scoping the abuse types and the actions we can take, my headline metric is "
        "prevalence, the fraction of received messages that are abusive, tracked alongside "
        "enforcement precision because banning a real person is expensive.",
        "Signals come from the content, like text and links, from behaviour, like sending rate, "
        "messages to people who never reply and account age, and from the network, like shared "
        "devices, IP ranges and payment details.",
        "Since one operator runs thousands of accounts, I'd judge accounts and clusters rather "
        "than individual messages, and graph clustering takes down the whole ring together.",
        "The models are layered, rules for known patterns, boosted trees on behaviour and a "
        "text classifier, applied at sign-up, at send time and in offline sweeps, with labels "
        "from user reports, reviewers and honeypots that are noisy because attackers file false "
        "reports against rivals.",
        "Attackers probe with test accounts and adapt, so I'd retrain often, lean on signals "
        "that are costly to fake like account age and graph position, and not reveal exactly "
        "what tripped enforcement.",
        "Enforcement is graded, from rate limits and a CAPTCHA or phone check to warnings and "
        "then suspension, with an appeal path.",
        "Prevalence is measured by having humans review a random sample of delivered messages, "
        "because counting what the classifier blocked only measures what it already catches.",
        "I'd monitor report rates, appeal overturns and new clusters with spike alerts, and the "
        "core trade-off is missed abuse versus false positives on real people, with encryption "
        "pushing detection onto metadata.",
    ],
    "design.code_completion": [
        "The hard requirement is latency: a suggestion has to show up within a few hundred "
        "milliseconds of the developer pausing, and I'd judge success by acceptance and how "
        "much accepted code survives, not just offline benchmarks.",
        "The prompt is built in fill-in-the-middle format from the code before and after the "
        "cursor, plus snippets retrieved from open files and elsewhere in the repository, "
        "packed into a fixed token budget.",
        "Completions come from a small, fast code model fine-tuned for fill-in-the-middle, "
        "perhaps distilled from a bigger one, while the big model handles slower chat requests.",
        "The client waits for a short pause in typing, cancels requests a new keystroke makes "
        "stale, and streams the result, and the server reuses cached prefixes because "
        "consecutive requests share most of their prompt.",
        "Offline I'd use executable tests, pass@k on held-out functions with unit tests, plus "
        "completions of real held-out edits from our repos dated after the training cutoff.",
        "Online, an A/B test tracks acceptance, survival of accepted code, latency and "
        "developer surveys, because acceptance rate alone rewards short, trivial suggestions.",
        "Private repositories go into training only with permission, secrets are scrubbed from "
        "prompts and logs, and suggestions are scanned for known vulnerable patterns and long "
        "verbatim matches of licensed code.",
        "I'd monitor latency, acceptance by language and error rates, and the central trade-off "
        "is model size and context length against latency and cost.",
    ],
    "research.proud_project": [
        "The project I'm proudest of was a grasp-failure detector for a warehouse picking "
        "robot: our hand-tuned force thresholds missed slipping grasps, so dropped items jammed "
        "the conveyor and cost the operators about an hour of cleanup every shift.",
        "I owned the learning side, collecting the sensor data and training and evaluating the "
        "model, while a colleague wrote the controller integration and our lab technician ran "
        "the data-collection rigs.",
        "I chose a small gradient-boosted model on force and torque features rather than a deep "
        "network, because we only had about three thousand labeled grasps and the decision had "
        "to be made within ten milliseconds on the robot's CPU.",
        "On a held-out week of grasps on products it had never seen, it caught 91 percent of "
        "slips against 48 percent for the threshold rules, at the same false-stop rate.",
        "It went live on all six picking cells that spring, and conveyor jams from dropped "
        "items fell by about two thirds, which the operators noticed right away.",
        "Its weak spot was deformable items like bagged clothing, where the force signal is "
        "ambiguous, and next I would add the wrist camera as a second input for exactly those "
        "items.",
    ],
    "research.own_contribution": [
        "We were four people: our lead, a clinician-scientist, set the goal and negotiated "
        "access to the records, a data engineer owned the extraction from the hospital "
        "database, and a nurse informaticist ran the chart review.",
        "I personally built the feature pipeline from the raw vital signs and lab results, and "
        "I wrote and ran every training and evaluation experiment.",
        "The call that was mine was to drop the lactate features, because they were ordered "
        "only when doctors already suspected sepsis and so leaked the label; I argued for it "
        "even though it cut our AUROC from 0.89 to 0.83.",
        "The hardest problem I fixed myself was that lab timestamps were in local time and "
        "vitals in UTC, so around daylight saving changes the model saw results from the "
        "future; I found it by plotting lead times and rewrote the alignment.",
        "The idea of predicting six hours ahead was our lead's, and without the data engineer's "
        "extraction and the nurse's chart review we would have had no labels at all.",
    ],
    "research.method_choice": [
        "On the car-paint inspection project we had only about eight hundred labeled defect "
        "images, one GPU for a month, and each car had to be checked in under a hundred "
        "milliseconds on the line.",
        "I considered training a detector from scratch, which needed far more labels than we "
        "had, and the classic vision rules the plant already used, which were fast but missed "
        "subtle scratches; fine-tuning a small pretrained detector fit all three limits.",
        "Rather than guess, I ran a one-week bake-off of the three on the same two hundred "
        "held-out images, and the fine-tuned detector beat the rules by twenty points of recall "
        "while staying inside the time limit.",
        "I expected it to work because pretraining had already taught it edges and textures, so "
        "our few labels only had to teach what a paint defect looks like, which the fixed rules "
        "could never capture.",
        "It assumed our labeled images looked like the images from the line's new cameras, so I "
        "checked a fresh sample from those cameras before relying on it.",
        "In hindsight I would have tried anomaly detection on defect-free cars earlier, since "
        "it later caught rare defect types better than our detector.",
    ],
    "research.evaluation": [
        "For our solar-panel defect detector the main metric was recall on cracked cells at a "
        "fixed rate of one false flag per hundred panels, because each false flag sent a "
        "technician up a roof while a missed crack could start a fire, so accuracy on a set of "
        "ninety-eight percent healthy panels would have meant nothing.",
        "The test set came from three solar farms the model had never seen, flown after the "
        "training images were collected, and I removed near-duplicate frames against the "
        "training set by image hashing.",
        "I compared against the thermal-threshold tool our customers already used and a ResNet "
        "fine-tuned with the same augmentation and tuning budget as ours.",
        "On that test set we reached 88 percent recall, against 83 for the fine-tuned ResNet "
        "and 61 for the thermal thresholds.",
        "Over five seeds the spread was about a point and a half and the bootstrap interval "
        "about three points, so the gain over the thresholds was clearly real while the edge "
        "over the ResNet was only borderline.",
        "Ablations showed most of the gain came from adding the thermal channel rather than a "
        "bigger backbone, and by slice we were weakest on panels shot at a low sun angle, at "
        "about seventy percent.",
    ],
    "research.results_significance": [
        "The headline was that on a held-out year of scans from two hospitals, sensitivity for "
        "urgent pneumothorax went from 78 to 93 percent at the same specificity, so we didn't "
        "buy it with more false alarms.",
        "The more useful finding was that most of our early misses were small collapses on "
        "portable bedside films, so the bottleneck was image quality rather than model "
        "capacity, and we shifted our effort to collecting and labeling portable films.",
        "Once it went live in the emergency department, the median time from scan to a "
        "radiologist reading an urgent case dropped from about two hours to twenty-five "
        "minutes.",
        "Published triage models report similar sensitivity, so the gain itself is not "
        "remarkable; our advantage is that it runs on the hospital's existing CPU servers at a "
        "fraction of the cost of the commercial tools.",
        "I'm careful not to overclaim: we tested adults in two hospitals with one scanner "
        "vendor, so I wouldn't promise the same numbers for children or other equipment without "
        "a new evaluation.",
    ],
    "research.limitations": [
        "Our speech recognizer for a bank's call centre fails on calls from mobile phones in "
        "noisy places, where word error rate jumps from 9 percent to about 30.",
        "Error analysis showed why: nearly all our training audio was recorded on office "
        "headsets, so the model had barely heard street or car noise.",
        "The evaluation has gaps too: the test calls came from the same two call centres and "
        "weeks as training, and one transcriber labeled them, so the headline 9 percent is "
        "probably optimistic.",
        "It also assumes one speaker at a time, and calls where the customer and agent talk "
        "over each other were never tested.",
        "I found these by listening to a few hundred of the worst calls myself and breaking the "
        "error rate down by phone type, noise level and accent.",
        "Because of that, I wouldn't use its transcripts on noisy mobile calls without a "
        "safeguard: those should be flagged to agents as low confidence and checked by a "
        "person.",
    ],
    "research.next_steps": [
        "The first thing I'd go after is long-tail queries, where our search ranker's "
        "click-through is half its average, since that's where shoppers give up and leave.",
        "My hypothesis is that the ranker fails there because rare queries have almost no click "
        "data to learn from, not because the model is too small.",
        "I'd test that cheaply: generate synthetic relevance labels for a few thousand rare "
        "queries with a language model, retrain, and compare on held-out rare queries, with a "
        "bar set in advance of ten percent more click-through.",
        "If it moves less than that, data scarcity isn't the explanation, and I'd switch to a "
        "query-rewriting approach instead.",
        "For the rest I'd rank ideas by how much they would change a product decision against "
        "how many weeks they take, which puts a bigger model near the bottom.",
        "Longer term I'd check whether the approach holds in our other markets and languages, "
        "which would tell us whether it's a general fix.",
    ],
    "research.surprise_negative": [
        "At the energy company I expected that adding satellite cloud imagery to our solar "
        "output forecaster would clearly cut the error, because on a two-week pilot it reduced "
        "it by twelve percent.",
        "On a full held-out year the gain disappeared: the error moved by less than one "
        "percent, and on clear days it was slightly worse.",
        "I assumed I'd broken something, so I checked that the images were aligned to the right "
        "timestamps and that both models used the same training window and features, and reran "
        "both with five seeds; the null result held.",
        "Going through the worst days, I found that our numerical weather forecast already "
        "encoded most of the cloud information, so the imagery added almost nothing new, and "
        "the pilot weeks had just happened to be unusually cloudy.",
        "We dropped the imagery pipeline, put the effort into better local weather station "
        "data, and I wrote the result up internally so the other forecasting teams wouldn't "
        "spend months on it.",
    ],
    "research.choosing_problems": [
        "I start with whether success would matter: in my robotics lab, our manipulation "
        "policies failed whenever a new object was placed on the table, which blocked the "
        "deployment in a partner's warehouse.",
        "Then tractability: could a month of work show whether an idea has legs, or would it "
        "need a year of data collection before we saw any signal?",
        "I also look at our edge; we had thousands of hours of logged robot failures that few "
        "other groups had.",
        "I run a cheap pilot first with a checkpoint set in advance, say three weeks, where I "
        "decide to continue, pivot or stop; that project passed when a pilot with simulated "
        "object variations cut failures on new objects by a third.",
        "I've also stopped projects at that checkpoint, like a tactile-sensing idea whose pilot "
        "gained almost nothing, and that freed me for the object-generalization work.",
        "More and more I also ask how much a project would make robots safer or more reliable "
        "around people, not just how novel the paper would be.",
    ],
    "research.reproducibility": [
        "At my last startup, fine-tuning our speech recognizer could shift word error rate by "
        "half a point just from the seed, which was the size of most gains we claimed, so I ran "
        "five seeds and reported the mean and standard deviation.",
        "Every baseline got the same training data, the same number of tuning trials and the "
        "same GPU hours as our model.",
        "Before any comparison, I reproduced the open-source baseline's published error rate on "
        "its own benchmark in our pipeline, so I knew we weren't handicapping it.",
        "Each run logged its git commit, config file, dataset hash and Docker image, so any "
        "number in a report could be regenerated with one command.",
        "We tuned everything on a dev set, and the test set was touched once, at the very end.",
        "Ablations removed one change at a time, which showed that the text normalization, not "
        "the new decoder, gave most of the gain.",
        "When legal allowed, we published the evaluation scripts, and otherwise I wrote up "
        "enough detail for another team to rebuild the results.",
    ],
    "research.paper_critique": [
        "I recently read a paper claiming that letting a model generate its own math solutions, "
        "keeping only those whose final answers check out, and fine-tuning on them improves "
        "reasoning accuracy without any new human labels.",
        "I chose it because my own work is on training with limited labeled data, and it "
        "changed how I think about using verifiers as a cheap source of labels.",
        "What it did well was keep the idea simple and test it carefully, on three model sizes "
        "with clean comparisons to supervised fine-tuning.",
        "Its weak spot was evaluation: everything was on two grade-school math benchmarks, "
        "results came from a single seed, and those benchmarks have probably leaked into "
        "pretraining data.",
        "To test the claim properly, I'd evaluate on a competition problem set released after "
        "the model's training cutoff, run several seeds and report the variance.",
    ],
    "phone.why_anthropic": [
        "Mainly it's the mission: Anthropic treats building safe, interpretable and steerable "
        "AI as the research problem itself, and that is what I want to work on.",
        "I've read the Responsible Scaling Policy closely and the sparse-autoencoder features "
        "paper, and the way the policy ties deployment to capability evaluations convinced me "
        "the commitments are real.",
        "I also agree that safety work has to happen on frontier models, because a lot of the "
        "dangerous behaviors only emerge at scale and can't be studied on small ones.",
        "At the hospital analytics company where I worked for three years, I built the "
        "validation harness for our clinical triage model myself, stress-testing it on shifted "
        "patient populations before each release.",
        "From day one I could contribute that evaluation tooling and the infrastructure skills "
        "behind it to the team.",
    ],
    "phone.background": [
        "I did a physics undergrad and then a master's in machine learning, and from there "
        "moved into building ML systems in production at a robotics startup.",
        "The project I'm proudest of is the grasp-failure predictor I owned end to end there; "
        "it cut dropped parts on the warehouse line by about a third.",
        "Day to day my core skills are training models in PyTorch, building evaluation "
        "pipelines, and writing production Python services.",
        "Looking back, the thread through all of it is making models dependable once they leave "
        "the lab and meet real conditions.",
        "That's why this role feels like the natural next step: it applies the same reliability "
        "work to safe frontier AI.",
    ],
    "phone.motivation_role": [
        "What caught my eye is that the role centers on evaluation infrastructure for large "
        "models, done side by side with alignment researchers, which is exactly what I want to "
        "do.",
        "At the bank, I built the evaluation harness and adversarial test suite for our "
        "LLM-based dispute-summary assistant, so I've done a close version of this already.",
        "The timing is right because I've outgrown my current job: we only call a vendor's API, "
        "and I want to be closer to the models themselves.",
        "I'd like to learn from strong researchers and move from ML engineering toward research engineering.",
        "Most of all, I want my daily work to reduce real risks from AI, not just push a "
        "fraud-loss metric down.",
    ],
    "phone.research_knowledge": [
        "On interpretability, Anthropic used sparse autoencoders, a form of dictionary "
        "learning, to extract millions of interpretable features from Claude models and showed "
        "that clamping a feature steers behavior.",
        "The 2025 circuit-tracing papers then built attribution graphs showing how those "
        "features combine into an answer, for instance a model planning a rhyme before writing "
        "the line.",
        "For alignment there's constitutional AI, where a model is trained with AI feedback "
        "judged against a written list of principles, and its 2025 follow-up, constitutional "
        "classifiers, which filter inputs and outputs to block universal jailbreaks.",
        "They also publish stress tests of their own models, like the sleeper agents paper and "
        "the many-shot jailbreaking research.",
        "The alignment-faking study showed Claude 3 Opus strategically complying with a "
        "training goal it disagreed with when it thought it was in training, to keep its values "
        "from being modified.",
        "The Responsible Scaling Policy links capability thresholds to AI safety levels, so "
        "more capable models need stronger safeguards before they ship.",
        "In May 2025 they turned on ASL-3 protections for Claude Opus 4 as a precaution, since "
        "they couldn't rule out that it needed them.",
        "The one I engaged with most was sleeper agents: I found it convincing, but I'd "
        "question whether backdoors inserted on purpose behave like ones that would arise "
        "naturally.",
    ],
    "phone.logistics": [
        "I'd like to decide within about three to five weeks, depending on how my other conversations move.",
        "I'm at the final round with one other company, and if they give me a deadline I'll let "
        "you know straight away.",
        "I live in Manchester and would like to be based in the London office; I'm happy to be "
        "in person most of the week and to relocate there.",
        "On work authorization, I'm a UK citizen, so I already have the right to work in London "
        "and need no sponsorship.",
        "My notice period is one month, so I could start about six weeks after accepting an offer.",
    ],
    "phone.compensation": [
        "I've looked at levels data for comparable ML engineering roles at labs and talked to "
        "two friends who recently went through offers, so I have a sense of the market.",
        "I'm happy to give a range, and it would help to hear the band and level you're "
        "considering for this position.",
        "I'll weigh the whole offer, base, equity, benefits and how much I'd grow, rather than "
        "a single figure.",
        "The mission matters more to me than squeezing out the last dollar, but I do want "
        "something fair for the market.",
        "If we both think the fit is right, I'm sure we'll land on numbers that work for everyone.",
    ],
    "phone.next_team": [
        "Above all I want a team whose work clearly makes AI systems safer, so I can point to "
        "how what I build matters.",
        "I want to be around people who are better than me at things, who leave blunt code "
        "review comments and push back on my ideas.",
        "I'd like to own a problem end to end, from designing the approach to measuring whether "
        "it actually worked.",
        "Culturally, I do my best work where feedback is direct and people, including senior "
        "ones, update when the data disagrees with them.",
        "And I know what doesn't suit me: places that ship models without serious evaluation, "
        "where raising a concern is seen as slowing things down.",
    ],
    "phone.questions_for_us": [
        "I'd like to know how safety shows up in the team's day-to-day research, and whether it "
        "has ever made you drop or delay something you were building.",
        "What would a great first six months look like in this role, and what would my first "
        "project probably be?",
        "How does the team choose what to work on, and how do researchers and engineers "
        "actually split the work?",
        "What's the hardest unsolved problem the team is wrestling with right now?",
        "And what are the next steps from here, and is there anything you'd suggest I prepare "
        "for the technical rounds?",
    ],
    "phone.safety_views": [
        "Models are getting more capable every few months and are being wired into real tools "
        "and decisions, so one mistake can hurt a lot of people at once.",
        "The risks I worry about most are people misusing them, models acting unpredictably or "
        "even deceptively in situations nobody tested, and the fact that we still can't fully "
        "understand or steer them.",
        "It became personal at the hospital startup where I worked: a triage model I helped "
        "deploy under-prioritized patients from one clinic in a way our validation set never "
        "showed, and since then I treat evaluation as part of design, not a final check.",
        "I believe more capable models should only be deployed once evaluations and safeguards "
        "have caught up with what they can do.",
        "I'm also hopeful, because I see safety as a research and engineering problem where "
        "careful work on evals, interpretability and alignment does make progress.",
    ],
    "beh.safety_concern": [
        "At a health-tech startup, a month before our symptom checker went live in three "
        "clinics, I noticed it was telling some patients with chest pain to book a routine "
        "appointment instead of going to urgent care.",
        "I didn't own the launch, but I built the evaluation, so it was on me to find out "
        "whether the risk was real and make sure the clinical lead and the product owner "
        "understood it.",
        "I pulled four hundred past triage cases, measured that older women with atypical "
        "symptoms were under-triaged about five times as often as other patients, and came with "
        "a fix: a rule that sends any chest pain report to urgent care.",
        "I weighed how bad and how likely the harm was against the cost of a delay: a missed "
        "heart attack can't be undone while the fix took ten days, whereas a couple of cosmetic "
        "issues I found could safely wait for a later patch.",
        "When the product owner wanted to launch on the original date anyway, I told my lead "
        "first and then brought the numbers to the clinical safety board, which owned the go or "
        "no-go decision, framing it as a risk to weigh rather than a complaint about anyone.",
        "We launched ten days late with the rule in place, under-triage fell to the same rate "
        "as for other patients, and a subgroup safety test became a required step before every "
        "release.",
        "What I learned is that a number and a ready fix get action where a worry does not, and "
        "next time I'd put subgroup checks into the evaluation plan from day one.",
    ],
    "beh.technical_disagreement": [
        "In a robotics lab, a postdoc and I disagreed about the grasping controller for our "
        "warehouse arm: she wanted to train a reinforcement learning policy in simulation, and "
        "I wanted to keep the classical motion planner and add a learned grasp scorer.",
        "What I cared about was landing on the right controller for the deadline while keeping "
        "a good working relationship, since we shared the robot every day.",
        "Before arguing my case, I asked her to walk me through why she preferred the learned "
        "policy, and it turned out her real concern was that the planner failed on deformable "
        "bags, which was a fair point.",
        "So I suggested we stop debating and agree on a test: two hundred grasps on a fixed set "
        "of forty objects, scored by success rate, with each of us getting two weeks to build a "
        "version.",
        "I kept the conversation on grasp success and what the demo needed, so it was about "
        "which approach worked, not which of us was right.",
        "I told her up front that if her policy won overall, I'd drop the planner and help her tune it.",
        "Her policy won on the bags and mine on rigid boxes, so we combined them, and the "
        "hybrid reached ninety-one percent at the demo.",
        "The lesson I took was to agree on how we'll judge the options before debating them, "
        "and I still start every design disagreement that way.",
    ],
    "beh.failure": [
        "On a bank's fraud team, I promised the risk committee a new card-fraud model before "
        "the holiday season, and it failed: three weeks before the deadline, shadow testing "
        "showed it flagged twice as many legitimate purchases as the old one.",
        "I had set the plan and the date, so the failure was mine to own, and it was my job to "
        "limit the damage.",
        "It was my mistake: I had trained on chargeback labels without checking that they "
        "arrive up to two months late, so recent fraud looked like legitimate spending, and I "
        "said so to the committee rather than pointing at the data team.",
        "The same day, I told the risk committee and the operations lead we would miss the "
        "date, kept the old model running, and proposed shipping the new one only for online "
        "purchases, where labels were fresher.",
        "We shipped that reduced version six weeks late, which cost us the holiday improvement "
        "we had promised, roughly a million dollars in fraud the new model might have stopped.",
        "I fixed the root cause rather than only the model: I added a label-maturity rule to "
        "our training pipeline and made a data-assumption review a required step at every "
        "project kickoff.",
        "The lesson was to test my riskiest assumption in the first weeks instead of the last.",
        "I have started every project since with that review, and it caught a similar label "
        "delay on a loan-default model within its first week.",
    ],
    "beh.ambiguity": [
        "At a hospital's analytics group, the chief nursing officer asked us to use AI to help "
        "with staffing, with no definition of what help meant or how we'd know it worked.",
        "I took on turning that into a concrete problem with one number we could move.",
        "Rather than waiting for the steering committee to write a spec, I started that week: I "
        "shadowed three charge nurses for a shift each and pulled a year of staffing and "
        "overtime data, which showed the real pain was last-minute call-ins on weekend nights, "
        "not the schedule itself.",
        "I wrote a one-page brief defining the goal as fewer unfilled weekend-night shifts, "
        "spelled out my assumptions, such as that call-ins were predictable three days out, and "
        "reviewed it with the nursing director within a week so a wrong guess would cost days.",
        "Then I built a simple call-in forecast on two units as a pilot to test that riskiest "
        "assumption before building anything bigger.",
        "Over four months, unfilled weekend-night shifts on those units fell from fourteen to "
        "five percent, and the one-page brief became the template for every new request to our "
        "group.",
        "I learned that on a vague problem I have to create the clarity myself, and next time "
        "I'd put the brief in front of the frontline nurses even sooner.",
    ],
    "beh.deadline_prioritization": [
        "At an automotive startup, our in-car voice assistant had to be frozen for the new "
        "model year in three weeks, a date set by the factory, and we had about twice as much "
        "work as the four of us could do.",
        "As the tech lead on the release, the call on what made it in, what slipped and what "
        "stayed was mine.",
        "I put every item in one spreadsheet, scored each by driver impact and by the risk of "
        "leaving it out, and walked the program manager through the cuts that same afternoon.",
        "Two things were not up for cutting: the distraction testing that keeps drivers' eyes "
        "on the road and the over-the-air rollback, because shipping without them could hurt "
        "someone.",
        "I told the product and support teams in the first week which features would slip, such "
        "as multi-language support, and why, so nobody was caught off guard at the freeze.",
        "We froze on the date with the core commands and all the safety testing done, and the "
        "deferred features went out in an over-the-air update a month later.",
        "What I took away is to rank the work and share the list at the very start of a "
        "release, not when we're already behind.",
    ],
    "beh.hard_feedback": [
        "In my first 360 review on a retail analytics team, two peers wrote that I talked over "
        "junior colleagues in planning meetings and dismissed their ideas before they finished.",
        "It hurt, because I thought of myself as supportive, but my job was to understand it "
        "and change, not to argue my case.",
        "My first reaction was to explain myself, but I stopped, thanked my manager for passing "
        "it on, and treated it as information about how I come across.",
        "I asked her for specific moments, and she pointed to a sprint planning where I cut off "
        "a junior analyst's forecasting idea in about ten seconds, which showed me I jumped in "
        "with solutions before people had finished.",
        "I started waiting until the end of each proposal and asking one question before giving "
        "my view, and I asked a teammate to flag it in our weekly one-on-ones whenever I "
        "slipped.",
        "By the next review cycle, the same peers wrote that meetings felt more open, and the "
        "junior analyst whose idea I'd cut off led the next forecasting project.",
        "I checked six months later by asking the junior analysts directly, and I still hold "
        "back my view until others have spoken.",
        "I learned that my speed reads as dismissal to people with less context, and I now ask "
        "for that kind of feedback rather than waiting for a review.",
    ],
    "beh.influence": [
        "On a bank's fraud team, our models needed investigators in six regional offices to "
        "record the outcome of every case they closed, and none of them reported to me.",
        "I wanted them to adopt it because it helped them, since an order from head office "
        "would just be worked around with junk entries.",
        "I spent a day in two of the offices asking why they skipped the outcome field, and "
        "they told me it took five clicks and nobody ever showed them what it was for.",
        "So I cut it to a single drop-down that pre-filled from the case notes, which took the "
        "effort out of it for them.",
        "I framed it around what each office cared about: better outcome labels meant fewer "
        "false alerts landing in their own queues, not better metrics for my team.",
        "Within three months five of the six offices recorded outcomes on almost every case, "
        "false alerts in their queues dropped by a quarter, and head office later made the "
        "field standard.",
        "I learned that people change for what makes their own day better, and next time I'd "
        "visit the teams before designing anything.",
    ],
    "beh.production_mistake": [
        "At a payments company, I deployed a new fraud-scoring threshold and typed it as 0.5 "
        "instead of 0.05, so for about three hours the system declined roughly one in twenty "
        "legitimate card payments.",
        "It was my change, so containing it, fixing it properly and making sure it couldn't recur was on me.",
        "As soon as a merchant's complaint matched my deploy time, I posted in the incident "
        "channel that it was my change and told my manager, instead of quietly pushing a fix.",
        "We reverted the threshold within twenty minutes, then I corrected the config, "
        "reprocessed the declined payments with the merchant support team, and ran a blameless "
        "post-mortem that named my error.",
        "Beyond the fix, I added a deploy check that replays the last day of transactions "
        "through any new threshold and blocks the rollout if the decline rate moves more than a "
        "set margin.",
        "Customers were affected for about three hours, and that check has since stopped two "
        "bad threshold changes from other engineers before they went live.",
        "I learned to treat config changes with the same rigour as code and to speak up in the "
        "first minutes, not after I've figured everything out.",
    ],
    "beh.mentoring": [
        "At a pharma company, a chemist moved onto our machine learning team and was "
        "struggling: her first models leaked test data and she was losing confidence.",
        "I offered to mentor her, aiming for her to run her own modeling projects without help "
        "by the end of the half.",
        "We met twice a week at first, I reviewed her notebooks alongside her, and I handed her "
        "a real assay-prediction model to own, adding bigger decisions as she went.",
        "When something broke, I didn't fix it for her; I asked questions like what she'd "
        "expect the validation curve to look like if the split leaked, so she learned to find "
        "it herself.",
        "She learned best from worked examples tied to chemistry, so I used her own lab "
        "intuitions to explain cross-validation, and I cut our meetings to once every two weeks "
        "as she needed me less.",
        "Six months later she shipped her model on her own, and the next year she was mentoring "
        "two new chemists who joined the team.",
        "It taught me that asking the right question helps more than giving the right answer, "
        "and I mentor that way now.",
    ],
    "beh.ship_vs_right": [
        "At a retail bank, we were pushed to launch a mortgage-questions chatbot in time for a "
        "spring advertising campaign, but we hadn't finished testing how it handled questions "
        "about rates and eligibility.",
        "I was the lead engineer, and it was my call to recommend whether and how we went live on that date.",
        "I sorted the open issues into things we could fix after launch, like awkward phrasing "
        "and a clunky feedback button, and things that would be hard to undo, like quoting a "
        "customer a wrong rate, which has regulatory consequences.",
        "The hard-to-undo ones had to be tested before launch, so we spent the last week on "
        "rate and eligibility questions and blocked the bot from quoting any number it didn't "
        "pull from the rates system.",
        "I proposed going live on the date to ten percent of visitors, with a hand-off to a "
        "human adviser for anything about personal eligibility, dashboards on escalations and "
        "complaints, and a switch to turn it off in minutes.",
        "We launched with the campaign, the monitoring caught a confusing answer about "
        "fixed-rate terms in the first days while only a tenth of visitors saw it, and we "
        "reached everyone three weeks later without a single complaint to the regulator.",
        "I learned that the real question isn't speed versus quality but which mistakes you can "
        "take back, and next time I'd sort the risks at the start, not in the last week.",
    ],
    "beh.changed_mind": [
        "In a drone lab, I argued hard in our weekly meeting that our landing failures came "
        "from the flight controller, and I pushed the group to spend the next month redesigning "
        "it.",
        "Before we committed a month to it, I needed to check my theory held up, because it was "
        "based mostly on how the crashes looked on video.",
        "I spent two days logging fifty landings with synchronized sensor data, and the logs "
        "showed the camera timestamps lagged the IMU by forty milliseconds, so the controller "
        "was acting on stale positions.",
        "What convinced me was those logs, not the fact that a labmate had suspected the timing all along.",
        "At the next meeting I told the group plainly that I had been wrong about the "
        "controller, showed them the logs, and thanked the labmate who had raised the timing "
        "issue.",
        "We fixed the synchronization in a week instead of redesigning the controller for a "
        "month, and landing success went from seventy to ninety-six percent.",
        "I now try to hold my views loosely and say so quickly when the data shows I'm wrong.",
        "The lasting lesson for me is that a strong opinion formed from watching videos is a "
        "hypothesis, and I run the cheap check before arguing for the expensive fix.",
    ],
    "beh.values_conflict": [
        "At a fintech lender, I was asked to build a model that picked which users to show a "
        "high-interest cash-advance offer to, with the goal of maximising uptake, and I worried "
        "it would target people already in financial trouble.",
        "Building it was my job, but I felt responsible for raising the harm while the design "
        "could still change.",
        "I ran the model on last year's data and found that the users it ranked highest were "
        "three times as likely to have missed a payment in the last two months.",
        "I brought those numbers to my manager and the product owner along with two "
        "alternatives that still grew the business: excluding users with recent missed payments "
        "and offering them a lower-rate instalment plan instead.",
        "I had also decided for myself that if they shipped it unchanged, I would take it to "
        "the risk committee or ask to move off the project.",
        "They adopted both changes; uptake came in about five percent below the unconstrained "
        "model, defaults on the offer fell, and a customer-harm review became part of every new "
        "targeting model.",
        "I learned that a concern with numbers and an alternative gets acted on, and next time "
        "I'd raise it at the design stage rather than after the first prototype.",
    ],
    "beh.explain_complex": [
        "At a hospital, the nursing leadership had to decide the alert threshold for our sepsis "
        "early-warning model, and they asked me why we couldn't just catch every case without "
        "the false alarms.",
        "My job was to give them an accurate, jargon-free picture of the trade-off so they "
        "could choose a threshold they could live with.",
        "I started from their decision, how many extra bedside checks per shift they could "
        "absorb for each case caught earlier, not from how the model computes a score.",
        "I compared the alert to a smoke detector: set it sensitive and it goes off when "
        "someone makes toast, set it lax and it might stay quiet during a real fire, and then I "
        "showed a table of what each setting meant on their own wards last winter.",
        "Afterwards I asked the charge nurses to tell me in their own words what would happen "
        "if we lowered the threshold, and corrected one who thought fewer alerts meant the "
        "model had improved.",
        "They picked a middle threshold with a rule that two alerts in an hour trigger a "
        "physician review, and the chief nursing officer asked me to give the same talk to the "
        "night-shift staff.",
        "I learned to explain from the listener's decision backwards, and I still use a "
        "concrete local table rather than general statistics.",
    ],
    "beh.beyond_role": [
        "At a speech-recognition startup, our annotation tool regularly crashed and lost a few "
        "hours of the contract transcribers' work each week, and since it sat between the data "
        "team and the tools team, nobody fixed it.",
        "It wasn't my job as a modeling engineer, but it was costing us labels every week, so I "
        "decided to own it.",
        "I told my manager first and agreed it wouldn't slip my own model milestones, which I "
        "kept on schedule throughout.",
        "I traced the crashes to autosave failing on long audio files, built a fix that saved "
        "each segment separately, and wrote a runbook so anyone could maintain it.",
        "Because it changed the tools team's code and the transcribers' workflow, I reviewed "
        "the design with the tools team and tried it with two transcribers before rolling it "
        "out.",
        "Lost work dropped to nearly zero, we recovered about forty transcriber-hours a month, "
        "and the tools team took over the fix as part of their product.",
        "I learned that problems between teams need someone to just start, and next time I'd "
        "bring in the owning team at the first step rather than after the prototype.",
    ],
    "beh.team_norms": [
        "I moved from a bank's model-risk team, where every change was written up and approved "
        "asynchronously, to a robotics startup where decisions were made at a whiteboard in ten "
        "minutes and code went straight onto the robots.",
        "I wanted to become useful there fast without dropping the rigour that was my strength.",
        "Instead of pushing back, I asked the CTO and two engineers why they worked that way, "
        "and learned that the robots changed so often that written plans went stale within "
        "days.",
        "So I adapted: I joined the whiteboard sessions, shipped small changes daily like "
        "everyone else, and kept my notes short.",
        "After three months of delivering within their way of working, when people had started "
        "to rely on my calls, I suggested a one-page safety checklist before any code touched a "
        "robot near people.",
        "The team adopted it, we had no safety incidents that year, and my changes went out as "
        "fast as anyone's.",
        "I learned to understand a norm before judging it, and I still spend my first weeks on "
        "a new team asking why before suggesting what.",
    ],
    "beh.misuse_risk": [
        "At a podcast-editing startup, a couple of weeks before launching a feature that let "
        "hosts fix flubbed words in their own cloned voice, I realised it could just as easily "
        "clone someone else's voice for scams or fake quotes.",
        "I was the engineer responsible for the voice model, and I wanted to understand and "
        "reduce that risk before launch rather than after the first incident.",
        "I didn't wait for users to find the holes; I spent two days with three colleagues "
        "trying to clone public figures' voices from podcast clips, and we succeeded from just "
        "ninety seconds of audio.",
        "Based on that, I proposed requiring a live spoken consent phrase matched to the voice "
        "being cloned, an inaudible watermark on all generated audio, and a review queue for "
        "accounts cloning several different voices.",
        "I also weighed what legitimate hosts needed, so the consent check took under a minute "
        "and paying creators kept full access rather than us shelving the feature.",
        "We launched on time with those safeguards, only a handful of misuse attempts were "
        "flagged in the first year, and a misuse review became a standard step in our launch "
        "checklist.",
        "I learned to treat misuse as part of the design from the first sketch, and next time "
        "I'd run the red-team session a month earlier.",
    ],
}

# (question, which strong sentence it replaces, the wrong sentence, the point it contradicts)
WRONG = [
    # The same ways claimed, not set aside (their right twins are in RIGHT).
    (
        "design.experimentation_platform",
        1,
        "I randomize each request independently, so a user may see both versions.",
        "hash-assignment",
    ),
    (
        "design.eta_prediction",
        7,
        "A random split that mixes all weeks is more representative, so I use that.",
        "evaluation",
    ),
    # Regularizing an underfitting model, in words no marked phrase had ("regularize ... more"),
    # and excused as an overfitting remedy by naming the other case: scored 93.
    (
        "ml.bias_variance",
        6,
        "I'd regularize an underfitting model more, since that is also what fixes overfitting.",
        "bias-remedies",
    ),
    ("ml.bias_variance", 6, "I'd regularize an underfitting model more.", "bias-remedies"),
    (
        "ml.bias_variance",
        6,
        "To fix high bias, I'd regularize the model more, since that is also what fixes overfitting.",
        "bias-remedies",
    ),
    # The remedies said in the words of overfitting and underfitting, not of variance and bias:
    # each point's example in those words brings them near enough for the marked phrase to decide.
    ("ml.bias_variance", 5, "If the model overfits, a deeper network will fix it.", "variance-remedies"),
    (
        "ml.bias_variance",
        5,
        "To fix overfitting you use a bigger model or train longer.",
        "variance-remedies",
    ),
    ("ml.bias_variance", 6, "When a model underfits, I'd regularize it more.", "bias-remedies"),
    # "rather than" denies what follows it: the mistake said before it is said, not set against
    # the point's own words.
    (
        "stats.multiple_comparisons",
        3,
        "Bonferroni controls the false discovery rate rather than the family-wise error rate.",
        "bonferroni",
    ),
    ("ml.class_imbalance", 0, "Accuracy is the right metric here since it counts every example.", "metrics"),
    (
        "ml.class_imbalance",
        1,
        "I'd leave the threshold at 0.5, because moving it breaks the model.",
        "threshold",
    ),
    (
        "ml.class_imbalance",
        4,
        "I'd oversample the whole dataset before splitting so the test set is balanced too.",
        "train-only",
    ),
    (
        "ml.class_imbalance",
        4,
        "Resampling does not change the predicted probabilities, so there is no need to recalibrate.",
        "calibration",
    ),
    (
        "llm.rlhf",
        3,
        "In the RL stage the KL penalty pushes the policy as far from the reference as possible so it "
        "explores.",
        "rl-kl",
    ),
    ("llm.rlhf", 4, "PPO needs no critic at all; it just uses the raw reward.", "rl-algorithms"),
    (
        "llm.rlhf",
        5,
        "Reward hacking is not a real concern if the reward model is big enough.",
        "reward-hacking",
    ),
    (
        "dl.dropout",
        0,
        "Dropout picks one random set of neurons at the start of training and removes them for the "
        "whole run.",
        "mechanism",
    ),
    (
        "dl.dropout",
        0,
        "The dropout mask is drawn once and reused for every batch, so the same units stay off.",
        "mechanism",
    ),
    (
        "dl.dropout",
        4,
        "Big pretrained models use more dropout than small ones because they overfit the most.",
        "when-not",
    ),
    (
        "dl.optimizers",
        2,
        "Adam multiplies each step by the running average of squared gradients, so parameters with big "
        "gradients move even faster.",
        "adam",
    ),
    (
        "ml.cross_validation",
        4,
        "Rows from the same patient should be spread across different folds so each fold sees every patient.",
        "group-folds",
    ),
    (
        "ml.cross_validation",
        5,
        "For time series I shuffle the data before splitting so each fold covers every period.",
        "time-order",
    ),
    (
        "ml.boosting_vs_random_forest",
        2,
        "Adding too many trees makes a random forest overfit, so you should tune the tree count carefully.",
        "rf-more-trees",
    ),
    (
        "ml.boosting_vs_random_forest",
        4,
        "Boosting mainly reduces variance, the same way bagging does.",
        "boosting-bias",
    ),
    (
        "ml.boosting_vs_random_forest",
        6,
        "Boosting rounds can all be trained in parallel, since each tree is independent of the others.",
        "parallel",
    ),
    (
        "dl.batch_norm",
        0,
        "During training, batch norm standardizes each example across its own features, so the other "
        "examples in the batch don't matter.",
        "normalize",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference it computes the mean and variance of the test batch itself, exactly as during "
        "training.",
        "normalize",
    ),
    (
        "dl.residual_connections",
        0,
        "Backprop adds up the per-layer derivatives, so in a deep network the gradient shrinks linearly "
        "with depth.",
        "product",
    ),
    (
        "dl.residual_connections",
        2,
        "Deep plain networks only do worse because they overfit: their training error is lower than a "
        "shallow network's.",
        "degradation",
    ),
    (
        "ml.data_leakage",
        0,
        "Leakage is when your training data gets exposed to people outside the company, a privacy breach.",
        "definition",
    ),
    (
        "ml.data_leakage",
        3,
        "A random row-level split is always safe if the test set is big enough.",
        "split-structure",
    ),
    (
        "nlp.kv_cache",
        0,
        "The KV cache stores the query vectors of earlier tokens so they aren't recomputed at each "
        "generation step.",
        "what",
    ),
    (
        "nlp.kv_cache",
        3,
        "Cache memory grows quadratically with context length, like the attention matrix.",
        "memory",
    ),
    (
        "dl.mixed_precision",
        2,
        "The weights themselves are kept in float16 and the optimizer updates them directly; no float32 "
        "copy is needed.",
        "master-weights",
    ),
    (
        "dl.mixed_precision",
        4,
        "Bfloat16 has more mantissa bits than float16, so it is more precise but has a smaller range.",
        "bf16",
    ),
    (
        "dl.optimizers",
        2,
        "Adam does not divide each parameter's step by a running average of its squared gradients, so every "
        "parameter gets the same rate.",
        "adam",
    ),
    (
        "dl.batch_norm",
        3,
        "Batch norm forces you to use a smaller learning rate because the gradients get noisier.",
        "benefits",
    ),
    (
        "dl.residual_connections",
        3,
        "A residual block concatenates its input to its output, so the network gets wider and has more "
        "capacity.",
        "residual-block",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard error doesn't shrink with more samples; it is just the standard deviation of the data.",
        "standard-error",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard error is simply the standard deviation of the data, so it stays the same as you "
        "collect more.",
        "standard-error",
    ),
    (
        "dl.mixed_precision",
        3,
        "Float16 gradients can overflow, so loss scaling divides the loss before backprop to keep them "
        "small.",
        "loss-scaling",
    ),
    (
        "ml.data_leakage",
        1,
        "A field recorded after the outcome is a perfectly good feature as long as it is in the historical "
        "data.",
        "target-leakage",
    ),
    (
        "ml.data_leakage",
        1,
        "A feature recorded after the outcome is fine to use as long as it is in the historical training "
        "data.",
        "target-leakage",
    ),
    (
        "nlp.lora_fine_tuning",
        0,
        "Full fine-tuning costs about the same memory as inference, because the weights are all you keep on "
        "the GPU.",
        "full-ft",
    ),
    (
        "nlp.lora_fine_tuning",
        2,
        "LoRA factorizes the pretrained weight matrices into a low-rank form and fine-tunes that smaller "
        "approximation.",
        "lora-mechanism",
    ),
    (
        "nlp.lora_fine_tuning",
        5,
        "The adapter matrices have to stay separate at inference, so LoRA always adds some latency.",
        "merge",
    ),
    (
        "nlp.lora_fine_tuning",
        6,
        "QLoRA stores the adapters in 4-bit while the base model stays in bf16.",
        "qlora",
    ),
    (
        "nlp.lora_fine_tuning",
        4,
        "Alpha is basically dropout on the adapter, unrelated to the rank.",
        "alpha-scaling",
    ),
    (
        "nlp.lora_fine_tuning",
        7,
        "LoRA matches full fine-tuning on every task, so full fine-tuning is never worth it anymore.",
        "choice",
    ),
    (
        "nlp.decoding_strategies",
        0,
        "Greedy decoding picks randomly among the top few tokens, so it isn't deterministic.",
        "greedy",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "Temperature just injects random noise into the logits, and higher temperature means more noise.",
        "temperature",
    ),
    (
        "nlp.decoding_strategies",
        3,
        "Top-k keeps the tokens whose probability mass adds up to k percent.",
        "top-k",
    ),
    (
        "nlp.decoding_strategies",
        4,
        "Top-p keeps only the tokens whose individual probability exceeds p.",
        "top-p",
    ),
    (
        "nlp.decoding_strategies",
        1,
        "Beam search produces the most diverse and creative outputs, so it is what I'd use for story "
        "writing.",
        "beam",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "At temperature zero the model picks uniformly among all tokens.",
        "temperature",
    ),
    (
        "ml.probability_calibration",
        0,
        "Calibration means the model's test accuracy matches its training accuracy.",
        "definition",
    ),
    (
        "ml.probability_calibration",
        1,
        "If the AUC is high the model is automatically well calibrated, since it separates the classes.",
        "not-discrimination",
    ),
    (
        "ml.probability_calibration",
        5,
        "I'd fit Platt scaling on the training set predictions because that's where most of the data is.",
        "held-out",
    ),
    (
        "ml.probability_calibration",
        6,
        "Platt scaling fits a sigmoid to the scores, isotonic regression fits any monotone function, and "
        "temperature scaling divides the logits by a learned constant, which changes which class is "
        "predicted.",
        "temperature",
    ),
    (
        "ml.probability_calibration",
        4,
        "Deep networks are usually underconfident, so their probabilities need to be sharpened.",
        "causes",
    ),
    (
        "dl.layer_norm",
        0,
        "Layer norm normalizes across the layers of the network, pooling statistics from every layer.",
        "axis",
    ),
    (
        "dl.layer_norm",
        1,
        "Layer norm, like batch norm, keeps running averages of its statistics to use at inference.",
        "batch-independent",
    ),
    (
        "dl.layer_norm",
        3,
        "Pre-norm versus post-norm is a cosmetic choice; it doesn't really affect stability.",
        "pre-norm",
    ),
    ("dl.layer_norm", 4, "RMSNorm subtracts the mean but doesn't divide by anything.", "rmsnorm"),
    (
        "dl.layer_norm",
        2,
        "Transformers use layer norm mainly because it regularizes more strongly than batch norm.",
        "sequences",
    ),
    (
        "ml.feature_scaling",
        4,
        "Gradient boosted trees need standardised inputs too, or the splits favour features with bigger "
        "values.",
        "trees",
    ),
    (
        "ml.feature_scaling",
        7,
        "I fit the scaler on all the data before the split so every split shares the same scale.",
        "fit-on-train",
    ),
    (
        "ml.feature_scaling",
        6,
        "Min-max scaling is the most robust choice when there are outliers, since it bounds everything to "
        "zero and one.",
        "outlier-robust",
    ),
    (
        "ml.feature_scaling",
        0,
        "k-NN and k-means work fine on raw features, because the distance adapts to each feature's range.",
        "distance-models",
    ),
    (
        "ml.feature_scaling",
        3,
        "Scaling has no effect on gradient descent, since the optimizer adapts to any scale.",
        "gradient-descent",
    ),
    (
        "nlp.tokenization",
        2,
        "BPE merges the rarest adjacent pairs first so that uncommon words get dedicated tokens.",
        "bpe",
    ),
    (
        "nlp.tokenization",
        3,
        "Byte-level tokenizers still need an unknown token for emoji and rare scripts.",
        "byte-level",
    ),
    (
        "nlp.tokenization",
        4,
        "Token counts are about the same across languages, so translating a prompt doesn't change its cost.",
        "language-cost",
    ),
    (
        "nlp.tokenization",
        0,
        "The vocabulary keeps growing as the model trains, adding a new token each time it sees a new word.",
        "definition",
    ),
    (
        "nlp.tokenization",
        1,
        "Character-level tokenization gives the shortest sequences, which is why it's standard.",
        "granularity",
    ),
    (
        "ml.kmeans_clustering",
        0,
        "K-means maximises the distance between cluster centres so the clusters are as separated as "
        "possible.",
        "objective",
    ),
    (
        "ml.kmeans_clustering",
        2,
        "Because each step lowers the objective, k-means always finds the global optimum.",
        "local-minimum",
    ),
    (
        "ml.kmeans_clustering",
        6,
        "I choose the k with the lowest inertia, since that's the tightest clustering.",
        "choose-k",
    ),
    (
        "ml.kmeans_clustering",
        4,
        "K-means handles ring-shaped and elongated clusters well, since it can learn any cluster shape.",
        "shape",
    ),
    (
        "ml.kmeans_clustering",
        5,
        "K-means doesn't depend on feature scaling, because it only compares distances within each feature.",
        "scale-outliers",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "Temperature divides the logits before the softmax, and a higher temperature makes the distribution "
        "sharper, so the model gets more confident.",
        "temperature",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "A lower temperature flattens the distribution, which makes the output more varied.",
        "temperature",
    ),
    (
        "ml.pca_svd",
        0,
        "PCA finds the directions that best separate the classes, so the first component is the most "
        "discriminative.",
        "max-variance",
    ),
    (
        "ml.pca_svd",
        1,
        "Centring is optional; it only shifts the data and leaves the components the same.",
        "centre",
    ),
    (
        "ml.pca_svd",
        2,
        "The eigenvalues of the covariance matrix are the angles between the principal directions.",
        "eigen",
    ),
    (
        "ml.pca_svd",
        5,
        "I keep the components with the smallest eigenvalues, since those carry the most signal.",
        "choose-k",
    ),
    ("ml.pca_svd", 6, "Units don't matter for PCA, because it's just a rotation of the axes.", "scaling"),
    (
        "ml.naive_bayes",
        1,
        "The naive part is assuming each feature is independent of the class label.",
        "independence",
    ),
    (
        "ml.naive_bayes",
        4,
        "Laplace smoothing removes rare words from the vocabulary so they can't zero out the product.",
        "smoothing",
    ),
    (
        "ml.naive_bayes",
        6,
        "Its probabilities are well calibrated, so a 0.99 spam score really means 99 percent of such emails "
        "are spam.",
        "poor-calibration",
    ),
    (
        "ml.naive_bayes",
        5,
        "I multiply the raw probabilities directly; underflow isn't an issue with doubles.",
        "log-space",
    ),
    (
        "ml.naive_bayes",
        2,
        "Training needs gradient descent over many epochs, so it's slow on large vocabularies.",
        "counting",
    ),
    (
        "ml.bias_variance",
        5,
        "To fix high variance you use a bigger model.",
        "variance-remedies",
    ),
    (
        "ml.bias_variance",
        6,
        "To fix high bias you collect more data or regularize more.",
        "bias-remedies",
    ),
    (
        "ml.bias_variance",
        5,
        "To fix high variance you use a bigger model, and to fix high bias you collect more data or "
        "regularize more.",
        "variance-remedies",
    ),
    (
        "ml.bias_variance",
        6,
        "If the model underfits, add more regularization and bag several models.",
        "bias-remedies",
    ),
    (
        "ml.bias_variance",
        6,
        "Bagging several models is how you reduce bias.",
        "bias-remedies",
    ),
    (
        "ml.bias_variance",
        5,
        "High variance goes away if you train for longer and add more features.",
        "variance-remedies",
    ),
    (
        "ml.bias_variance",
        6,
        "When bias is high I would get more data first.",
        "bias-remedies",
    ),
    (
        "ml.overfitting",
        2,
        "More data does not help with overfitting, because the model just memorizes the extra examples too.",
        "more-data",
    ),
    (
        "ml.overfitting",
        3,
        "Dropout makes overfitting worse, since it adds noise to training.",
        "regularization",
    ),
    (
        "ml.overfitting",
        4,
        "Training for longer is what fixes overfitting, because the model converges to a better solution.",
        "early-stopping",
    ),
    (
        "ml.overfitting",
        5,
        "A bigger model with more features is the fix, because it has the capacity to find the true pattern.",
        "simpler-model",
    ),
    (
        "ml.overfitting",
        6,
        "Cross-validation prevents the model from overfitting in the first place.",
        "honest-evaluation",
    ),
    (
        "ml.overfitting",
        2,
        "To prevent overfitting I would remove regularization and train for more epochs.",
        "regularization",
    ),
    (
        "ml.overfitting",
        0,
        "Overfitting is when the model is too simple, so it does badly even on its training data.",
        "definition",
    ),
    (
        "ml.classification_metrics",
        1,
        "Precision is the fraction of actual positives that you catch.",
        "precision",
    ),
    (
        "ml.classification_metrics",
        2,
        "Recall matters most when false alarms are expensive, like spam filtering.",
        "precision",
    ),
    (
        "ml.classification_metrics",
        3,
        "Raising the threshold increases both precision and recall.",
        "threshold-f1",
    ),
    (
        "ml.classification_metrics",
        3,
        "F1 is just the average of precision and recall.",
        "threshold-f1",
    ),
    (
        "ml.classification_metrics",
        4,
        "The ROC curve plots precision against recall across thresholds.",
        "roc-auc",
    ),
    (
        "ml.classification_metrics",
        5,
        "With heavy imbalance ROC AUC is the most honest metric, so the precision-recall curve adds nothing.",
        "pr-imbalance",
    ),
    (
        "ml.classification_metrics",
        1,
        "Precision is what you care about in cancer screening, where missing a tumor is costly.",
        "precision",
    ),
    (
        "dl.dropout",
        0,
        "Dropout removes a random set of training examples from each batch.",
        "mechanism",
    ),
    (
        "dl.dropout",
        3,
        "At test time you keep dropping units the same way, so the predictions stay consistent.",
        "inference-scaling",
    ),
    (
        "dl.dropout",
        3,
        "At inference dropout stays on, and you multiply the activations by the keep probability.",
        "inference-scaling",
    ),
    (
        "dl.dropout",
        4,
        "Big pretrained models need much more dropout, because they have so many parameters.",
        "when-not",
    ),
    (
        "dl.dropout",
        0,
        "Dropout picks a random set of neurons once and removes them for the whole run.",
        "mechanism",
    ),
    (
        "ml.regularization_l1_l2",
        1,
        "L2 penalizes the absolute values of the weights, which is why it zeroes many of them out.",
        "l2",
    ),
    (
        "ml.regularization_l1_l2",
        3,
        "L1 is sparse because its gradient grows larger and larger as a weight gets close to zero.",
        "why-sparse",
    ),
    (
        "ml.regularization_l1_l2",
        4,
        "From a Bayesian view L1 is a Gaussian prior on the weights and L2 a Laplace prior.",
        "priors",
    ),
    (
        "ml.regularization_l1_l2",
        5,
        "You pick lambda as the value that gives the lowest training loss, and scaling the features "
        "does not matter.",
        "tuning",
    ),
    (
        "ml.regularization_l1_l2",
        0,
        "A larger lambda lets the weights grow bigger, which gives the model more freedom to fit.",
        "penalty",
    ),
    (
        "ml.regularization_l1_l2",
        2,
        "With correlated features L1 spreads the weight evenly across all of them.",
        "l1-sparse",
    ),
    (
        "dl.batch_norm",
        0,
        "During training batch norm normalizes each example on its own, over that example's features.",
        "normalize",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference it keeps using the statistics of the current batch, just as in training.",
        "inference-running-stats",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference you compute fresh mean and variance from whatever batch comes in.",
        "normalize",
    ),
    (
        "dl.batch_norm",
        3,
        "It forces you to use a smaller learning rate, because the gradients get noisier.",
        "benefits",
    ),
    (
        "dl.batch_norm",
        5,
        "Batch norm works best with tiny batches, since the statistics are more specific to each example.",
        "small-batch-layernorm",
    ),
    (
        "dl.batch_norm",
        1,
        "Gamma and beta are the running mean and variance it tracks during training.",
        "scale-shift",
    ),
    (
        "dl.batch_norm",
        0,
        "Batch norm normalizes each example over its own features, while layer norm normalizes each "
        "feature over the batch.",
        "normalize",
    ),
    (
        "dl.batch_norm",
        2,
        "In training it uses running averages, and at inference it uses the statistics of the current batch.",
        "normalize",
    ),
    (
        "nlp.continuous_batching",
        0,
        "With static batching, finished sequences drop out as soon as they are done, so the only waste"
        " is padding the prompts.",
        "static-waste",
    ),
    (
        "nlp.continuous_batching",
        1,
        "Continuous batching just means streaming tokens to the user as they are generated.",
        "iteration-level",
    ),
    (
        "nlp.continuous_batching",
        2,
        "It helps latency but does nothing for throughput, because each step still does the same work.",
        "why-it-pays",
    ),
    (
        "nlp.continuous_batching",
        3,
        "The number of concurrent sequences is limited by compute, and paged attention is just a "
        "faster attention kernel.",
        "kv-limit",
    ),
    (
        "nlp.continuous_batching",
        4,
        "Prefills never slow down the decodes, since the GPU overlaps them perfectly.",
        "chunked-prefill",
    ),
    (
        "nlp.continuous_batching",
        5,
        "If the cache runs out mid-generation, the request just fails with an out-of-memory error.",
        "preemption",
    ),
    (
        "nlp.continuous_batching",
        6,
        "Bigger batches improve both throughput and per-token latency, so you always run the largest "
        "batch that fits.",
        "latency-tradeoff",
    ),
    (
        "dl.mixture_of_experts",
        2,
        "The memory saving is the point: only the active experts have to be on the GPU.",
        "memory",
    ),
    (
        "dl.mixture_of_experts",
        1,
        "Compute per token is the same as a dense model with the same total parameters.",
        "active-compute",
    ),
    (
        "dl.mixture_of_experts",
        3,
        "Mixtral 8x7B has 56B parameters, and all of them are used for every token.",
        "example-numbers",
    ),
    (
        "dl.mixture_of_experts",
        4,
        "The router balances the load by itself, so no extra loss is needed.",
        "load-balance",
    ),
    (
        "dl.mixture_of_experts",
        5,
        "An expert processes every token routed to it, however many arrive, so nothing is ever dropped.",
        "capacity",
    ),
    (
        "dl.mixture_of_experts",
        6,
        "Every GPU keeps a copy of every expert, so expert parallelism needs no communication.",
        "expert-parallel",
    ),
    (
        "dl.mixture_of_experts",
        0,
        "Each expert is trained on its own subject, like one for maths and one for code, and the "
        "router picks by topic.",
        "structure",
    ),
    (
        "nlp.speculative_decoding",
        1,
        "The target model then verifies the guesses sequentially, one forward pass per drafted token.",
        "verify-parallel",
    ),
    (
        "nlp.speculative_decoding",
        2,
        "Verification is expensive, since the big model has to do the full work for every drafted "
        "token, so the saving comes from the tokens it skips.",
        "why-cheap",
    ),
    (
        "nlp.speculative_decoding",
        3,
        "The output is close to the target model's but not identical, because accepted tokens were "
        "sampled by the draft.",
        "lossless",
    ),
    (
        "nlp.speculative_decoding",
        4,
        "The speedup is always k times, since all k drafted tokens are accepted.",
        "acceptance",
    ),
    (
        "nlp.speculative_decoding",
        5,
        "It works best at very large batch sizes, where the GPU has the most spare capacity.",
        "large-batch",
    ),
    (
        "nlp.speculative_decoding",
        6,
        "It always needs a separate smaller model; there is no way to draft tokens without one.",
        "variants",
    ),
    (
        "nlp.speculative_decoding",
        0,
        "The draft model produces all its guesses in parallel in one pass, while the target model "
        "generates sequentially.",
        "draft",
    ),
    (
        "dl.attention_kv_variants",
        0,
        "These variants are mainly about reducing the attention FLOPs in training; the cache size "
        "hardly matters.",
        "problem",
    ),
    (
        "dl.attention_kv_variants",
        2,
        "Multi-query attention shrinks the cache with no loss in quality at all.",
        "mqa",
    ),
    (
        "dl.attention_kv_variants",
        3,
        "Grouped-query attention groups nearby tokens, so each query only attends within a local window.",
        "gqa",
    ),
    (
        "dl.attention_kv_variants",
        3,
        "GQA gets its speed by using fewer query heads, which cuts the attention compute.",
        "gqa",
    ),
    (
        "dl.attention_kv_variants",
        4,
        "You cannot convert a multi-head checkpoint to GQA; it has to be pretrained from scratch.",
        "uptrain",
    ),
    (
        "dl.attention_kv_variants",
        5,
        "MLA saves memory by storing the keys and values in 4-bit precision.",
        "mla",
    ),
    (
        "dl.attention_kv_variants",
        6,
        "MLA applies RoPE directly to the compressed latent, so no separate rotary key is needed.",
        "decoupled-rope",
    ),
    (
        "dl.training_memory",
        0,
        "Adam only adds one extra value per parameter, about 2 bytes.",
        "adam-moments",
    ),
    (
        "dl.training_memory",
        1,
        "You don't need a float32 master copy; the optimizer updates the bf16 weights directly.",
        "master-weights",
    ),
    (
        "dl.training_memory",
        2,
        "In total it is about 8 bytes per parameter, so roughly 56 GB, which fits on one 80 GB GPU.",
        "sixteen-bytes",
    ),
    (
        "dl.training_memory",
        3,
        "Activations are tiny compared with the weights and optimizer state, so I would ignore them.",
        "activations",
    ),
    (
        "dl.training_memory",
        4,
        "Plain data parallelism already splits the weights across the 8 GPUs, so each holds an eighth.",
        "sharding",
    ),
    (
        "dl.training_memory",
        5,
        "Activation checkpointing shrinks the optimizer states, so it is the main lever on the 16 bytes.",
        "other-levers",
    ),
    (
        "dl.training_memory",
        2,
        "Mixed precision halves all of the training memory, since everything is stored in 16 bits.",
        "master-weights",
    ),
    (
        "design.llm_serving",
        2,
        "Continuous batching means we wait until the batch is completely full before starting "
        "decoding, so every sequence in it starts and finishes at the same step.",
        "continuous-batching",
    ),
    (
        "design.llm_serving",
        7,
        "To save memory I would share the prefix cache across all customers, since cached KV entries "
        "are just numbers and cannot leak anything between tenants.",
        "abuse-isolation",
    ),
    (
        "design.llm_serving",
        8,
        "Larger batches improve both throughput and each user's per-token latency, so I would always "
        "run the largest batch that fits in GPU memory.",
        "batch-tradeoff",
    ),
    (
        "design.rag_assistant",
        3,
        "Permissions are best handled in the system prompt: we tell the LLM which groups the user "
        "belongs to and instruct it not to reveal documents they cannot access.",
        "permissions",
    ),
    (
        "design.rag_assistant",
        2,
        "Dense embeddings alone are enough, since they match exact identifiers like error codes better"
        " than BM25 does, and a reranker only adds latency.",
        "hybrid-retrieval",
    ),
    (
        "design.rag_assistant",
        5,
        "I'd evaluate only the final answers end to end, since measuring retrieval separately with "
        "recall@k tells you nothing useful about answer quality.",
        "retrieval-eval",
    ),
    (
        "design.rag_assistant",
        7,
        "Retrieved documents come from our own company, so they are trusted, and the model can safely "
        "follow any instructions it finds inside them.",
        "permissions",
    ),
    (
        "design.fraud_detection",
        1,
        "Since fraud is so rare, I'd optimize overall accuracy, and a model hitting 99.9 percent "
        "accuracy would already tell us it is working well.",
        "cost-metric",
    ),
    (
        "design.fraud_detection",
        5,
        "I'd evaluate on a randomly shuffled split across all months, which is more representative "
        "than a time-based one, and monitor score distributions and decline rates per segment.",
        "temporal-eval",
    ),
    (
        "design.fraud_detection",
        2,
        "Labels are available right away, because the payment processor tells us at authorization time"
        " whether each payment was fraud.",
        "delayed-labels",
    ),
    (
        "design.fraud_detection",
        6,
        "Once trained on a year of history, the model stays valid for a long time, because fraud "
        "patterns are stable and fraudsters cannot see our model.",
        "adversaries",
    ),
    (
        "design.ads_ctr",
        4,
        "I'd retrain the model once a quarter on a large historical window, because ad campaigns are "
        "stable and fresh data mostly adds noise.",
        "freshness",
    ),
    (
        "design.experimentation_platform",
        1,
        "Assignment draws a fresh random number on every request, so each page view is independently "
        "randomized, which gives the cleanest split between arms.",
        "hash-assignment",
    ),
    (
        "design.experimentation_platform",
        3,
        "For ratio metrics like clicks per session, I'd treat every session as an independent "
        "observation even when randomizing by user, since more samples means tighter intervals.",
        "variance",
    ),
    (
        "design.experimentation_platform",
        4,
        "It's fine to check results every day and stop as soon as the p-value drops below 0.05, since "
        "a significant result is significant whenever you see it.",
        "peeking",
    ),
    (
        "design.experimentation_platform",
        6,
        "With dozens of metrics, I'd ship whenever any one of them shows a significant improvement, "
        "since each metric gets its own 5 percent test.",
        "multiple-metrics",
    ),
    (
        "design.training_data_pipeline",
        2,
        "Deduplication is optional at this scale, since repeated documents just act like extra epochs "
        "and slightly upweight popular content, which is harmless.",
        "dedup",
    ),
    (
        "design.training_data_pipeline",
        3,
        "For quality filtering I'd keep only text a classifier scores as Wikipedia-like, filtering as "
        "aggressively as possible, since more filtering always gives a better model.",
        "quality-filter",
    ),
    (
        "design.training_data_pipeline",
        1,
        "Extraction keeps the raw HTML with its navigation menus and tags, since the model learns to "
        "ignore boilerplate by itself during pretraining.",
        "extraction",
    ),
    (
        "design.eta_prediction",
        0,
        "Early and late errors cost the business the same, so I'd treat them symmetrically and simply "
        "minimize the average error in minutes.",
        "asymmetric-costs",
    ),
    (
        "design.eta_prediction",
        4,
        "I'd train with plain mean squared error and report only the mean absolute error, since an "
        "unbiased average is all the customer cares about.",
        "loss-metrics",
    ),
    (
        "design.eta_prediction",
        7,
        "I'd evaluate with a random split across all orders, mixing weeks together, which is more "
        "representative than testing on later weeks, and monitor error by city.",
        "evaluation",
    ),
    (
        "design.anomaly_detection",
        5,
        "I'd fit the baseline on all history including past outages, since incidents are part of "
        "normal behaviour and the model should learn them, and attach recent deploys to alerts.",
        "clean-baseline",
    ),
    (
        "design.anomaly_detection",
        3,
        "I'd train a supervised classifier on labeled incidents, since we have plenty of labeled "
        "outages and that beats any unsupervised approach.",
        "scarce-labels",
    ),
    (
        "design.llm_serving",
        1,
        "The token-by-token generation phase is where the GPU's arithmetic units are the bottleneck, "
        "whereas reading in the prompt mostly waits on memory.",
        "prefill-decode",
    ),
    (
        "design.llm_serving",
        2,
        "With continuous batching the server collects a full batch of requests, runs them together, "
        "and only admits new ones after the whole group completes.",
        "continuous-batching",
    ),
    (
        "design.llm_serving",
        4,
        "With speculative decoding the output comes from the small draft model, so we trade some "
        "answer quality for speed.",
        "speedups",
    ),
    (
        "design.fraud_detection",
        1,
        "Overall accuracy is the headline metric for the fraud model, and anything above 99 percent "
        "shows it is doing its job.",
        "cost-metric",
    ),
    (
        "design.fraud_detection",
        5,
        "For the test set I'd sample payments at random from the whole year, since a random sample "
        "represents the data better than holding out the latest months.",
        "temporal-eval",
    ),
    (
        "design.fraud_detection",
        6,
        "Fraud behaviour barely changes from year to year, so one well-trained model can be left "
        "running without frequent retraining.",
        "adversaries",
    ),
    (
        "design.experimentation_platform",
        6,
        "When we track many metrics, a significant lift on any single one is enough evidence to "
        "launch, since each is tested at five percent.",
        "multiple-metrics",
    ),
    (
        "design.training_data_pipeline",
        3,
        "The harder we filter for Wikipedia-style text, the better the model gets, so I'd throw away "
        "everything the classifier isn't sure about.",
        "quality-filter",
    ),
    (
        "design.eta_prediction",
        4,
        "Mean squared error is the right training loss here, and the average absolute error in minutes"
        " is the only metric I'd report.",
        "loss-metrics",
    ),
    (
        "code.attention",
        1,
        "The division by the square root of d is there to make the softmax sharper, pushing the "
        "weights closer to one-hot so the model attends more decisively.",
        "scaling",
    ),
    (
        "code.attention",
        2,
        "Wherever the mask is False I set the score to zero before the softmax, and a zero score gives"
        " that key zero weight.",
        "masking",
    ),
    (
        "code.attention",
        3,
        "The softmax is taken over the query axis, so for each key the weights across all the queries "
        "sum to one.",
        "softmax-axis",
    ),
    (
        "code.attention",
        6,
        "Then each output row is the weighted sum of the key vectors, using that query's attention weights.",
        "weighted-values",
    ),
    (
        "code.attention",
        7,
        "Because the scores come from a single matrix product, time and memory grow only linearly with"
        " the sequence length.",
        "quadratic",
    ),
    (
        "code.softmax_cross_entropy",
        0,
        "To avoid overflow I subtract the smallest logit of each row before exponentiating, so every "
        "exponent is non-negative and stays bounded.",
        "max-shift",
    ),
    (
        "code.softmax_cross_entropy",
        3,
        "Instead I take the log of the probabilities after clipping them to a small epsilon, which is "
        "just as accurate as log-sum-exp for any logits.",
        "log-sum-exp",
    ),
    (
        "code.softmax_cross_entropy",
        4,
        "The cross-entropy of a row is the negative sum of the log-probabilities over all the classes,"
        " and the loss adds that up over the rows.",
        "loss-definition",
    ),
    (
        "code.softmax_cross_entropy",
        6,
        "For backprop the gradient with respect to the logits is the one-hot targets minus the softmax"
        " probabilities, multiplied by n.",
        "gradient",
    ),
    (
        "code.batchnorm",
        0,
        "In training mode I take, for every example, the mean and variance across its features, axis "
        "one, and normalize each row with its own statistics.",
        "batch-statistics",
    ),
    (
        "code.batchnorm",
        2,
        "Gamma and beta are fixed at one and zero and never learned, since the normalization already "
        "produces the ideal scale for the next layer.",
        "affine",
    ),
    (
        "code.batchnorm",
        4,
        "The batch is normalized with the unbiased variance, dividing by n minus one, while the "
        "running variance is fed the biased one, dividing by n.",
        "unbiased-running-var",
    ),
    (
        "code.batchnorm",
        5,
        "In inference mode I keep using the statistics of the incoming test batch, which adapts the "
        "layer to the test data and makes predictions more reliable.",
        "inference",
    ),
    (
        "code.batchnorm",
        7,
        "When batches are tiny, batch norm's statistics actually become more stable, so it is "
        "preferred over layer norm for small batches.",
        "small-batches",
    ),
    (
        "code.beam_search",
        1,
        "Beam search is exact in the sense that it always returns the most probable sequence, as long "
        "as the beam width is at least two.",
        "heuristic",
    ),
    (
        "code.beam_search",
        2,
        "I multiply the raw probabilities rather than summing log-probabilities, since the product is "
        "exact and floating point handles long chains of small numbers fine.",
        "log-space",
    ),
    (
        "code.beam_search",
        3,
        "When a hypothesis emits the end token I keep it in the beam and keep extending it, because "
        "the end token is just another token like any other.",
        "end-token",
    ),
    (
        "code.beam_search",
        4,
        "Raw summed log-probabilities favour longer outputs, because each extra token adds to the "
        "total, so I divide by the length to penalize long hypotheses.",
        "length-normalization",
    ),
    (
        "code.beam_search",
        5,
        "Any extension of any hypothesis could end up in the top k, so each step must fully sort all "
        "k·V candidates; a partial sort per hypothesis would give wrong results.",
        "step-cost",
    ),
    (
        "code.roc_auc",
        0,
        "AUC is the fraction of examples classified correctly when the threshold is set at 0.5, "
        "averaged over the two classes.",
        "probability",
    ),
    (
        "code.roc_auc",
        2,
        "So I sort the scores and give tied scores consecutive distinct ranks in the order they "
        "appear, which counts a tied positive and negative pair as one half.",
        "ties",
    ),
    # Side by side with a part that is no parallel claim: the mistake still stands.
    (
        "code.roc_auc",
        6,
        "I plot precision against recall for the ROC curve, and the area under it is the AUC.",
        "roc-curve",
    ),
    (
        "code.roc_auc",
        3,
        "Summing the positives' ranks and dividing by n squared gives the AUC directly, with no "
        "correction term needed, all in O(n log n) for the sort.",
        "rank-sum",
    ),
    (
        "code.roc_auc",
        5,
        "Because AUC uses the actual score values, applying a sigmoid or a log to the scores changes "
        "it, so scores must be calibrated first.",
        "invariance",
    ),
    (
        "code.kmeans",
        0,
        "In the assignment step each centroid claims the n over k points nearest to it, so every "
        "cluster always ends up with the same number of points.",
        "assignment",
    ),
    (
        "code.kmeans",
        1,
        "In the update step each centroid moves to the median of its assigned points, since the median"
        " is what minimizes the sum of squared distances.",
        "update",
    ),
    (
        "code.kmeans",
        4,
        "Lloyd's algorithm always finds the global optimum of the inertia whatever the starting "
        "centroids, so restarts and k-means++ are unnecessary.",
        "local-optimum",
    ),
    (
        "code.kmeans",
        5,
        "One iteration costs O(n²·d), because every point has to be compared with every other point.",
        "cost",
    ),
    (
        "code.logistic_regression",
        1,
        "The gradient with respect to w is X transposed times the error times p times one minus p, "
        "because you always have to multiply by the sigmoid's derivative.",
        "gradient",
    ),
    (
        "code.logistic_regression",
        2,
        "Each epoch costs O(n²·d), because the gradient compares every pair of samples, and feature "
        "scaling has no effect on convergence speed.",
        "cost",
    ),
    (
        "code.logistic_regression",
        3,
        "The cross-entropy loss is non-convex in the weights because of the sigmoid, so gradient "
        "descent can get stuck in local minima and restarts help.",
        "convex",
    ),
    (
        "code.logistic_regression",
        4,
        "On linearly separable data the weights converge quickly to a finite optimum, since the loss "
        "reaches exactly zero at a finite weight.",
        "separable",
    ),
    (
        "code.logistic_regression",
        6,
        "Clipping the probabilities to epsilon and one minus epsilon before the log is the exact, "
        "fully stable way to compute the loss for any score.",
        "stability",
    ),
    (
        "code.reservoir_sampling",
        0,
        "I fill the reservoir with the first k items, and then for each later item I draw j uniformly "
        "below k and always overwrite slot j with it.",
        "acceptance",
    ),
    (
        "code.reservoir_sampling",
        1,
        "Each new item is accepted with probability one half, and when it is, it replaces the oldest "
        "item in the reservoir.",
        "acceptance",
    ),
    (
        "code.reservoir_sampling",
        3,
        "Items that arrive early face more chances of eviction, so the final sample is slightly biased"
        " toward recent items, which is acceptable in practice.",
        "induction",
    ),
    (
        "code.reservoir_sampling",
        4,
        "It needs to know the stream length in advance and stores all n items, O(n) memory, before "
        "picking k of them.",
        "one-pass",
    ),
    (
        "code.reservoir_sampling",
        5,
        "Algorithm R takes O(n log n) time, because every accepted item has to be inserted into a "
        "sorted reservoir.",
        "time",
    ),
    (
        "code.beam_search",
        5,
        "To be correct, every step has to rank all k times V extensions with a complete sort; trimming"
        " each hypothesis to its own top k first can drop the true winners.",
        "step-cost",
    ),
    (
        "code.roc_auc",
        5,
        "The magnitudes of the scores feed into AUC, so squashing them with a sigmoid or taking logs "
        "shifts its value, which is why I calibrate before computing it.",
        "invariance",
    ),
    (
        "code.roc_auc",
        6,
        "Another way to see it: AUC is the integral of precision over recall as the cutoff moves down,"
        " computed with trapezoids after sorting.",
        "roc-curve",
    ),
    (
        "code.kmeans",
        5,
        "Every iteration is quadratic in n, O(n squared times d), since all pairwise distances between"
        " data points are needed.",
        "cost",
    ),
    (
        "code.logistic_regression",
        1,
        "Through the chain rule the sigmoid's slope, sigma times one minus sigma, stays in every "
        "gradient entry, so the weight gradient is X transposed times the residual scaled by that "
        "slope.",
        "gradient",
    ),
    (
        "code.reservoir_sampling",
        4,
        "Before sampling you have to count the stream to learn n, and keeping all of it in memory "
        "costs space linear in n.",
        "one-pass",
    ),
    (
        "code.reservoir_sampling",
        5,
        "The run time is n log n, because each accepted item is placed in order by binary search "
        "within the reservoir.",
        "time",
    ),
    (
        "stats.bayes_theorem",
        0,
        "Bayes' theorem says the posterior equals the prior times the evidence, divided by the "
        "likelihood of the data under the hypothesis.",
        "formula",
    ),
    (
        "stats.bayes_theorem",
        1,
        "The posterior is what we believe before seeing any data, and the prior is what we end up with"
        " after the evidence has been taken into account.",
        "belief-update",
    ),
    (
        "stats.bayes_theorem",
        2,
        "With a 99 percent accurate test, a positive result means the patient has the disease with "
        "about 99 percent probability, whatever the prevalence of the disease.",
        "base-rate",
    ),
    (
        "stats.bayes_theorem",
        3,
        "Naive Bayes is called naive because it assumes every class is equally likely, so it ignores "
        "the class prior and only multiplies the feature likelihoods.",
        "naive-bayes",
    ),
    (
        "stats.bayes_theorem",
        4,
        "A Gaussian prior on the weights corresponds to L1 regularization, which is why MAP with a "
        "normal prior drives many weights to exactly zero.",
        "map-regularization",
    ),
    (
        "stats.p_value",
        0,
        "A p-value of 0.03 means there is a 3 percent chance that the null hypothesis is true, so a 97"
        " percent chance that our effect is real.",
        "not-prob-null",
    ),
    (
        "stats.p_value",
        1,
        "To compute it, I take the observed statistic and find the tail area under the alternative "
        "hypothesis's distribution, since that is the hypothesis we are testing.",
        "computation",
    ),
    (
        "stats.p_value",
        2,
        "I choose the significance level after looking at the p-value, so if it comes out at 0.08 I'd "
        "simply use 0.1 as the threshold for this test.",
        "alpha",
    ),
    (
        "stats.p_value",
        4,
        "A smaller p-value means a bigger effect, so a result with p of 0.001 is a far more important "
        "improvement than one with p of 0.04.",
        "effect-size",
    ),
    (
        "stats.p_value",
        5,
        "Checking the results every day and stopping once p drops below 0.05 is fine, since each "
        "individual look still has a five percent false positive rate.",
        "multiple-testing",
    ),
    (
        "stats.correlation_causation",
        0,
        "A Pearson correlation of zero means the two variables are independent, so there is no "
        "relationship of any kind between them.",
        "correlation-defined",
    ),
    (
        "stats.correlation_causation",
        2,
        "If two variables are strongly correlated and the correlation holds up in a very large sample,"
        " that is enough to conclude that one causes the other.",
        "confounding",
    ),
    (
        "stats.correlation_causation",
        4,
        "Randomization only balances the confounders we measured and controlled for, so unmeasured "
        "confounders can still bias an A/B test just as much as an observational study.",
        "randomization",
    ),
    (
        "stats.correlation_causation",
        5,
        "With observational data, adding as many control variables as possible to the regression "
        "removes confounding, so the coefficient on the feature becomes its causal effect.",
        "observational-methods",
    ),
    (
        "stats.correlation_causation",
        6,
        "Spurious correlations a model picks up in training keep working after deployment, since any "
        "pattern that held in a large training set will hold under distribution shift too.",
        "spurious-features",
    ),
    (
        "stats.mle_vs_map",
        0,
        "Maximum likelihood chooses the parameters that are most probable given the data, so it "
        "maximizes the probability of the parameters rather than the probability of the data.",
        "mle",
    ),
    (
        "stats.mle_vs_map",
        1,
        "Squared error corresponds to maximum likelihood under Laplace noise, while cross-entropy is "
        "what you get from assuming Gaussian noise on the outputs.",
        "losses",
    ),
    (
        "stats.mle_vs_map",
        2,
        "MLE never overfits because it is consistent; even after three heads in three tosses it would "
        "still estimate the coin at about one half.",
        "overfit",
    ),
    (
        "stats.mle_vs_map",
        4,
        "As the dataset grows, the prior's influence in MAP grows with it, so MAP and MLE drift "
        "further apart with more data.",
        "regularizer",
    ),
    (
        "stats.mle_vs_map",
        5,
        "MAP gives you the full posterior distribution over the parameters, so unlike MLE it already "
        "captures uncertainty without any extra work.",
        "point-estimates",
    ),
    (
        "stats.cross_entropy_kl",
        0,
        "Entropy is highest when the distribution is concentrated on a single outcome, and a uniform "
        "distribution like a fair coin has zero entropy.",
        "entropy",
    ),
    (
        "stats.cross_entropy_kl",
        2,
        "Cross-entropy equals the entropy of p minus the KL divergence, so a good model can bring the "
        "cross-entropy below the entropy of the data.",
        "decomposition",
    ),
    (
        "stats.cross_entropy_kl",
        3,
        "KL divergence is symmetric, so the divergence from p to q equals the divergence from q to p, "
        "which is why it works as a distance between distributions.",
        "kl-asymmetric",
    ),
    (
        "stats.cross_entropy_kl",
        4,
        "Minimizing cross-entropy is a different objective from maximizing the likelihood of the "
        "labels; it is a heuristic that just happens to give smoother gradients.",
        "training",
    ),
    (
        "stats.cross_entropy_kl",
        5,
        "In RLHF the KL penalty pushes the policy as far as possible from the reference model, to "
        "encourage exploration of new behaviours.",
        "rlhf-kl",
    ),
    (
        "stats.confidence_intervals",
        0,
        "A 95 percent confidence interval means that 95 percent of the individual test examples' "
        "scores fall inside the interval.",
        "meaning",
    ),
    (
        "stats.confidence_intervals",
        1,
        "Once I've computed the interval, there is a 95 percent probability that the true accuracy "
        "lies inside this particular interval.",
        "not-probability",
    ),
    (
        "stats.confidence_intervals",
        3,
        "The bootstrap resamples the test set without replacement, drawing each example exactly once "
        "in a shuffled order, and takes the spread of the metric across the shuffles.",
        "bootstrap",
    ),
    (
        "stats.confidence_intervals",
        4,
        "The width shrinks linearly with the sample size, so to halve the interval you only need twice"
        " as many test examples.",
        "width",
    ),
    (
        "stats.confidence_intervals",
        6,
        "If the two models' 95 percent intervals overlap, the difference between them is not "
        "statistically significant, so I would treat them as equivalent.",
        "paired-precision",
    ),
    (
        "stats.ab_test_design",
        1,
        "A sample ratio mismatch is nothing to worry about: if we planned 50/50 and got 52/48 on a "
        "million users, the results are still valid since the sample is large.",
        "randomization",
    ),
    (
        "stats.ab_test_design",
        2,
        "A smaller minimum detectable effect needs fewer users, since small changes are easier to "
        "confirm once the test has been set up.",
        "power",
    ),
    (
        "stats.ab_test_design",
        3,
        "I'd run the test for exactly as many days as the power analysis needs, say four days, since "
        "rounding up to whole weeks just wastes traffic.",
        "duration",
    ),
    (
        "stats.ab_test_design",
        4,
        "Looking at the dashboard daily and stopping the moment the result hits significance is "
        "efficient, and it does not change the false positive rate.",
        "no-peeking",
    ),
    (
        "stats.ab_test_design",
        5,
        "A novelty effect makes the measured lift smaller at the start of the test, so early results "
        "underestimate the long-term effect of the feature.",
        "threats",
    ),
    (
        "stats.multiple_comparisons",
        0,
        "With twenty metrics at 0.05, the chance of at least one false positive is still five percent,"
        " because each test separately holds its error rate.",
        "inflation",
    ),
    (
        "stats.multiple_comparisons",
        1,
        "A p-value below 0.05 on that one metric means it is a real effect with 95 percent confidence,"
        " regardless of how many other metrics were tested.",
        "inflation",
    ),
    (
        "stats.multiple_comparisons",
        3,
        "Bonferroni controls the false discovery rate, the expected share of false positives among the"
        " significant results, by dividing alpha by the number of tests.",
        "bonferroni",
    ),
    (
        "stats.multiple_comparisons",
        4,
        "Benjamini-Hochberg is stricter than Bonferroni and loses more power, so I'd only use it when "
        "just a handful of tests are run.",
        "benjamini-hochberg",
    ),
    (
        "stats.multiple_comparisons",
        5,
        "The fix is to pick whichever metric came out significant after the test and make it the "
        "primary metric for the launch decision.",
        "design",
    ),
    (
        "stats.simpsons_paradox",
        0,
        "Simpson's paradox is when a small sample makes a trend look significant in the pooled data "
        "even though it is just noise within each subgroup.",
        "definition",
    ),
    (
        "stats.simpsons_paradox",
        2,
        "The reversal is caused by sampling noise in small subgroups, so collecting more data in each "
        "group makes the paradox go away.",
        "mechanism",
    ),
    (
        "stats.simpsons_paradox",
        4,
        "The aggregated result is always the right one to trust, since it uses all the data and the "
        "subgroups are just smaller, noisier samples.",
        "causal-structure",
    ),
    (
        "stats.simpsons_paradox",
        5,
        "I would always stratify by every available variable, because the stratified comparison is "
        "always the correct one, whatever the causal structure.",
        "causal-structure",
    ),
    (
        "stats.selection_bias",
        0,
        "Selection bias is when a model selects the wrong features, so it is fixed by better feature "
        "selection, such as L1 regularization or dropping correlated columns.",
        "definition",
    ),
    (
        "stats.selection_bias",
        1,
        "Survivorship bias tells us the planes that came back show where armor is needed most, so we "
        "should reinforce the places with the most bullet holes.",
        "survivorship",
    ),
    (
        "stats.selection_bias",
        2,
        "A loan model trained on approved applicants is unbiased for all applicants, because the "
        "approved ones are a random sample of everyone who applied.",
        "ml-examples",
    ),
    (
        "stats.selection_bias",
        3,
        "Collecting more data from the same source fixes selection bias, since with enough samples the"
        " estimate converges to the population value.",
        "remedies",
    ),
    (
        "stats.selection_bias",
        5,
        "To correct it I'd weight each example by its propensity of being selected, so that the "
        "examples most likely to be selected count the most.",
        "remedies",
    ),
    (
        "stats.bayes_theorem",
        0,
        "The probability of the hypothesis given the data is the prior times the marginal probability "
        "of the data, divided by the likelihood.",
        "formula",
    ),
    (
        "stats.p_value",
        4,
        "The lower the p-value, the larger the effect, so p below 0.001 tells us the change is big "
        "enough to matter for the business.",
        "effect-size",
    ),
    (
        "stats.correlation_causation",
        6,
        "A shortcut feature the model learned is harmless in production, because a correlation strong "
        "enough in the training data carries over to new hospitals and new data.",
        "spurious-features",
    ),
    (
        "stats.mle_vs_map",
        5,
        "Unlike maximum likelihood, MAP returns the entire posterior distribution, so we get error "
        "bars on the parameters for free.",
        "point-estimates",
    ),
    (
        "stats.confidence_intervals",
        0,
        "The 95 percent confidence interval is the range that contains 95 percent of the data points "
        "in our test set.",
        "meaning",
    ),
    (
        "stats.confidence_intervals",
        4,
        "Doubling the test set cuts the confidence interval's width in half, because the standard "
        "error is inversely proportional to n.",
        "width",
    ),
    (
        "stats.ab_test_design",
        2,
        "The smaller the effect we want to detect, the fewer users we need, so a tiny minimum "
        "detectable effect makes the test short.",
        "power",
    ),
    (
        "stats.ab_test_design",
        3,
        "Weekly seasonality does not matter for duration; once the sample size is reached, say on a "
        "Wednesday, I stop the test that same day.",
        "duration",
    ),
    (
        "stats.ab_test_design",
        4,
        "Stopping the test on the first day it shows significance is perfectly valid, since the "
        "p-value already accounts for how many times we looked.",
        "no-peeking",
    ),
    (
        "stats.simpsons_paradox",
        2,
        "The reversal happens because the subgroups are too small to estimate reliably, so with a "
        "larger sample the pooled and stratified results would agree.",
        "mechanism",
    ),
    (
        "stats.selection_bias",
        0,
        "Selection bias refers to a feature selection method favouring certain columns, so the fix is "
        "a more principled feature selection algorithm.",
        "definition",
    ),
    (
        "stats.selection_bias",
        5,
        "Inverse propensity weighting upweights the examples that were most likely to be selected, "
        "since those are the most reliable ones.",
        "remedies",
    ),
    (
        "dl.backpropagation",
        1,
        "Backpropagation runs from the input layer forward to the loss, accumulating each layer's "
        "gradient as it goes, so the first layer's gradient is computed first.",
        "chain-rule",
    ),
    (
        "dl.backpropagation",
        3,
        "Backprop costs roughly one forward pass per parameter, so computing the full gradient of a "
        "billion-parameter model is about a billion times more expensive than inference.",
        "efficiency",
    ),
    (
        "dl.backpropagation",
        4,
        "Backpropagation is what updates the weights: as the gradient passes each layer it subtracts "
        "the learning rate times the gradient, so an optimizer is just an optional extra.",
        "optimizer-update",
    ),
    (
        "dl.backpropagation",
        5,
        "Vanishing gradients are mainly a problem of shallow networks; the deeper the network, the "
        "more stable its gradients become because the errors average out.",
        "vanishing-exploding",
    ),
    (
        "dl.backpropagation",
        6,
        "Gradient clipping is the fix for vanishing gradients, since it scales small gradients back up"
        " to a minimum norm before the update.",
        "vanishing-exploding",
    ),
    (
        "dl.transformer",
        1,
        "Multi-head attention stacks the heads one after another, so each head refines the output of "
        "the previous head before passing it on to the next.",
        "multi-head",
    ),
    (
        "dl.transformer",
        2,
        "The feed-forward network is the part that mixes information across tokens, while attention is"
        " applied to each token separately and holds most of the parameters.",
        "self-attention",
    ),
    (
        "dl.transformer",
        3,
        "Layer normalization in a transformer normalizes each feature across the examples in the "
        "batch, exactly the way batch normalization does.",
        "residual-norm",
    ),
    (
        "dl.transformer",
        4,
        "Attention already knows the order of the tokens from the order of the rows in the matrix, so "
        "positional embeddings are optional and mainly speed up training.",
        "positions",
    ),
    (
        "dl.attention",
        2,
        "The softmax is applied across the whole score matrix at once, so that all the attention "
        "weights in the matrix together sum to one.",
        "scores-softmax",
    ),
    (
        "dl.attention",
        3,
        "Scaling by the square root of the key dimension makes the softmax sharper and more one-hot, "
        "which helps each token focus on a single other token.",
        "scaling",
    ),
    (
        "dl.attention",
        4,
        "The output for each token is the weighted sum of the key vectors, while the value vectors are"
        " only used to compute the scores.",
        "weighted-sum",
    ),
    (
        "dl.attention",
        5,
        "The causal mask in a decoder blocks each token from attending to earlier positions, so it "
        "only looks at the tokens that come after it.",
        "causal-mask",
    ),
    (
        "dl.attention",
        6,
        "Attention weights tell you exactly which input tokens caused the prediction, so a heatmap is "
        "a faithful explanation of the model's decision.",
        "interpretability",
    ),
    (
        "dl.initialization",
        1,
        "Initializing all the weights to zero is the safest choice, since gradient descent quickly "
        "pushes the different neurons toward different values anyway.",
        "symmetry",
    ),
    (
        "dl.initialization",
        4,
        "He initialization is the scheme meant for tanh and sigmoid layers, while Xavier is the one "
        "designed for ReLU networks.",
        "xavier",
    ),
    (
        "dl.initialization",
        5,
        "In transformers the residual branch outputs are scaled up with depth so that the signal from "
        "deeper layers is not drowned out by the residual stream.",
        "residual-scaling",
    ),
    (
        "dl.learning_rate_schedule",
        2,
        "I'd increase the learning rate over the course of training, because late in training the "
        "model needs bigger steps to escape the flat region it has settled into.",
        "decay",
    ),
    (
        "dl.learning_rate_schedule",
        3,
        "Warmup means starting with a very high learning rate for the first few thousand steps to "
        "escape the initialization quickly, then lowering it to the normal value.",
        "warmup",
    ),
    (
        "dl.learning_rate_schedule",
        4,
        "When you double the batch size you should halve the learning rate, because a bigger batch "
        "already gives a larger effective step.",
        "batch-size",
    ),
    (
        "dl.learning_rate_schedule",
        5,
        "With linear scaling you can keep doubling the batch and the learning rate indefinitely, and "
        "each doubling always halves the number of steps you need.",
        "critical-batch",
    ),
    (
        "dl.learning_rate_schedule",
        6,
        "When the loss spikes, the usual remedy is to raise the learning rate so the model can jump "
        "out of the bad region quickly.",
        "spikes",
    ),
    (
        "dl.cnn_vs_rnn",
        0,
        "A CNN learns a separate set of weights for every pixel location, which is what lets it tell "
        "an object in the corner apart from one in the center.",
        "cnn-mechanism",
    ),
    (
        "dl.cnn_vs_rnn",
        1,
        "Pooling and stacking layers shrink the receptive field, so the deeper layers focus on ever "
        "smaller details like edges and textures.",
        "cnn-properties",
    ),
    (
        "dl.cnn_vs_rnn",
        3,
        "RNNs parallelize well over time steps because every step uses the same weights, so a long "
        "sequence can be processed all at once on a GPU.",
        "rnn-limits",
    ),
    (
        "dl.cnn_vs_rnn",
        4,
        "The gates in LSTMs exist mainly to speed up computation; they do little for long-range "
        "dependencies or for gradient flow.",
        "gates",
    ),
    (
        "dl.scaling_laws",
        5,
        "Scaling laws let you forecast exactly which downstream benchmark scores a model will reach, "
        "since task accuracy follows the same smooth curve as the loss.",
        "caveats",
    ),
    (
        "dl.scaling_laws",
        6,
        "Emergent abilities are genuine phase transitions: they appear suddenly at a threshold model "
        "size whatever metric you use to measure them.",
        "emergence-metric",
    ),
    (
        "dl.scaling_laws",
        7,
        "The fitted constants are universal, so a curve fitted with one dataset and tokenizer "
        "transfers unchanged to any other architecture.",
        "data-limits",
    ),
    (
        "dl.distributed_training",
        0,
        "In data parallelism each GPU holds a different slice of the model's layers, and the "
        "activations are passed from one GPU to the next.",
        "data-parallel",
    ),
    (
        "dl.distributed_training",
        1,
        "ZeRO and FSDP keep a full replica of the optimizer state on every worker and shard only the "
        "training data, which is how they save memory.",
        "sharding",
    ),
    (
        "dl.distributed_training",
        2,
        "Tensor parallelism communicates only once per training step, so it works well across nodes "
        "connected by ordinary Ethernet.",
        "tensor-parallel",
    ),
    (
        "dl.distributed_training",
        4,
        "The pipeline bubble grows as you add more micro-batches, so it's best to push each full batch"
        " through as one large micro-batch.",
        "pipeline",
    ),
    (
        "dl.distributed_training",
        5,
        "Communication is negligible at scale, so large runs never need to overlap it with "
        "computation; compute alone sets the speed.",
        "combine",
    ),
    (
        "dl.backpropagation",
        1,
        "The backward pass actually starts at the first layer and propagates derivatives toward the "
        "output, since you need the early gradients before you can get the later ones.",
        "chain-rule",
    ),
    (
        "dl.backpropagation",
        5,
        "Adding more layers actually protects against vanishing gradients, because a deeper network "
        "spreads the gradient over more paths and keeps it large.",
        "vanishing-exploding",
    ),
    (
        "dl.transformer",
        2,
        "Token mixing happens in the MLP layer, whereas self-attention only transforms each position "
        "on its own.",
        "positions",
    ),
    (
        "dl.transformer",
        4,
        "Transformers don't need positional encodings, because the attention weights themselves "
        "capture which token came first.",
        "positions",
    ),
    (
        "dl.transformer",
        5,
        "Self-attention scales linearly in the number of tokens, so doubling the context roughly "
        "doubles its cost.",
        "parallel-cost",
    ),
    (
        "dl.attention",
        5,
        "With causal masking each position can only see future tokens, since the earlier tokens are "
        "hidden to stop the model from copying.",
        "causal-mask",
    ),
    (
        "dl.initialization",
        1,
        "Starting every weight at the same constant is fine, because the random order of the mini-"
        "batches will break the symmetry during training.",
        "symmetry",
    ),
    (
        "dl.learning_rate_schedule",
        2,
        "Toward the end of training I'd ramp the learning rate up, since larger steps help the model "
        "generalize once it's close to a minimum.",
        "decay",
    ),
    (
        "dl.scaling_laws",
        5,
        "Once you have the loss curve, accuracy on any downstream benchmark can be read off precisely,"
        " because task scores scale just as smoothly.",
        "caveats",
    ),
    (
        "dl.distributed_training",
        1,
        "FSDP saves memory by giving each worker a smaller slice of the dataset, while every worker "
        "still stores the full parameters, gradients and optimizer state.",
        "sharding",
    ),
    (
        "dl.distributed_training",
        5,
        "At large scale the network between GPUs is almost never a bottleneck, so overlapping "
        "communication with compute buys nothing.",
        "combine",
    ),
    (
        "nlp.word2vec_vs_bert",
        0,
        "Word2vec vectors already depend on the sentence, because the vector for a word is recomputed "
        "from its neighboring words every time it appears.",
        "static",
    ),
    (
        "nlp.word2vec_vs_bert",
        2,
        "BERT reads the sentence strictly left to right like GPT, so each token's embedding only "
        "reflects the words that come before it.",
        "contextual",
    ),
    (
        "nlp.word2vec_vs_bert",
        3,
        "BERT is pretrained by predicting the next word in the sequence, exactly like a GPT model, and"
        " its embeddings are a by-product of that objective.",
        "mlm",
    ),
    (
        "nlp.word2vec_vs_bert",
        4,
        "BERT works on whole words only, so a word it never saw in pretraining is mapped to a single "
        "unknown token and loses all its meaning.",
        "subwords",
    ),
    (
        "nlp.word2vec_vs_bert",
        5,
        "In practice BERT vectors are kept frozen as input features, while word2vec is the model you "
        "fine-tune end to end on the downstream task.",
        "usage",
    ),
    (
        "nlp.positional_encoding",
        0,
        "Self-attention already encodes word order, since each token's query is compared with the keys"
        " in sequence, so positional encodings only give a small accuracy boost.",
        "order-blind",
    ),
    (
        "nlp.positional_encoding",
        4,
        "RoPE adds a rotation vector to the token embeddings at the input layer, just like sinusoidal "
        "encodings, and position is never touched again inside attention.",
        "rope",
    ),
    (
        "nlp.positional_encoding",
        5,
        "RoPE extrapolates to any length out of the box, so a model trained on 4k tokens handles 100k "
        "tokens without any rescaling or extra fine-tuning.",
        "rope-extension",
    ),
    (
        "nlp.positional_encoding",
        6,
        "A decoder-only model without any positional encoding cannot tell token order at all, since "
        "causal attention is completely blind to position.",
        "causal-position",
    ),
    (
        "nlp.text_generation",
        0,
        "A GPT model generates the whole answer in one forward pass, predicting all the output tokens "
        "in parallel and then joining them into text.",
        "next-token",
    ),
    (
        "nlp.text_generation",
        1,
        "During pretraining each position attends to the whole sequence, including future tokens, "
        "which is what lets the model learn from full context.",
        "pretraining",
    ),
    (
        "nlp.text_generation",
        3,
        "Raising the temperature makes the output more deterministic and focused, because it sharpens "
        "the distribution toward the most likely token.",
        "decoding",
    ),
    (
        "nlp.text_generation",
        4,
        "The KV cache stores the model's previously generated answers so it can return a whole cached "
        "response when a similar prompt comes in again.",
        "kv-cache",
    ),
    (
        "nlp.text_generation",
        5,
        "Instruction tuning and RLHF happen before pretraining, to teach the model the format first, "
        "and pretraining on the large corpus then adds knowledge on top.",
        "post-training",
    ),
    (
        "nlp.embeddings",
        0,
        "An embedding is essentially a sparse, very high-dimensional vector with one dimension per "
        "vocabulary word, where only the entry for that word is set.",
        "dense",
    ),
    (
        "nlp.embeddings",
        1,
        "One-hot vectors already capture similarity between words, since related words get "
        "neighbouring dimensions, so embeddings mostly just save memory.",
        "vs-onehot",
    ),
    (
        "nlp.embeddings",
        2,
        "The positions of words in an embedding space are arbitrary, so the distance between two word "
        "vectors tells you nothing about how related their meanings are.",
        "semantics",
    ),
    (
        "nlp.embeddings",
        3,
        "The embedding table in a language model is fixed before training from a hash of each token "
        "and is never updated by gradient descent.",
        "model-input",
    ),
    (
        "nlp.embeddings",
        5,
        "Word2vec and GloVe produce contextual vectors that change with the sentence, while BERT-style"
        " encoders give each word a single static vector.",
        "methods",
    ),
    (
        "nlp.subword_algorithms",
        1,
        "BPE starts from whole words and repeatedly splits the least frequent words into smaller "
        "pieces until the vocabulary shrinks to the target size.",
        "bpe",
    ),
    (
        "nlp.subword_algorithms",
        2,
        "When BPE encodes new text it simply picks the longest vocabulary entry matching at each "
        "position, ignoring the order in which merges were learned.",
        "bpe-encode",
    ),
    (
        "nlp.subword_algorithms",
        3,
        "WordPiece merges the pair with the highest raw count, exactly like BPE; the only difference "
        "is the double-hash prefix on word-internal pieces.",
        "wordpiece",
    ),
    (
        "nlp.subword_algorithms",
        4,
        "The unigram method builds its vocabulary bottom-up, starting from characters and adding the "
        "piece that most increases the likelihood at each step.",
        "unigram",
    ),
    (
        "nlp.subword_algorithms",
        6,
        "SentencePiece requires the text to be split into words on whitespace first, so languages "
        "without spaces like Japanese need a separate word segmenter.",
        "sentencepiece",
    ),
    (
        "nlp.vocab_size",
        1,
        "A larger vocabulary makes sequences longer, because the text is split into more, finer-"
        "grained tokens, so each document takes up more of the context window.",
        "compression",
    ),
    (
        "nlp.vocab_size",
        2,
        "Vocabulary size barely affects the parameter count, since the embedding table is tiny next to"
        " the transformer layers even for small models.",
        "parameters",
    ),
    (
        "nlp.vocab_size",
        3,
        "The bigger the vocabulary, the better every token's embedding is trained, because each token "
        "gets a more specific meaning and more gradient signal.",
        "rare-tokens",
    ),
    (
        "nlp.vocab_size",
        5,
        "Modern LLMs typically use vocabularies of a few million tokens, and multilingual models "
        "actually need smaller vocabularies because they share characters.",
        "multilingual",
    ),
    (
        "nlp.vocab_size",
        6,
        "The best vocabulary size is simply the largest the GPU memory allows, since more tokens "
        "always gives lower loss, so there is no need to experiment.",
        "measure",
    ),
    (
        "nlp.perplexity",
        0,
        "Perplexity is the average probability the model assigns to the correct next token, so it is "
        "bounded between zero and one.",
        "definition",
    ),
    (
        "nlp.perplexity",
        1,
        "A higher perplexity is better, because it means the model considers more plausible "
        "continuations and is less overconfident.",
        "intuition",
    ),
    (
        "nlp.perplexity",
        2,
        "Perplexity is too expensive to track during pretraining, since it requires generating full "
        "samples and scoring them, so people only compute it at the end.",
        "training-metric",
    ),
    (
        "nlp.perplexity",
        3,
        "Perplexity can be compared directly between any two language models on the same text, "
        "whatever tokenizer each one uses.",
        "tokenizer",
    ),
    (
        "nlp.perplexity",
        5,
        "If a model has a lower perplexity it will always give more helpful and truthful answers, so "
        "perplexity alone is enough to rank chat assistants.",
        "not-quality",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        1,
        "RAG works by retraining the model on the company documents every night so the knowledge is "
        "baked into the weights before users ask questions.",
        "rag-mechanism",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        3,
        "Since RAG puts passages in the prompt, it actually increases hallucination compared with "
        "fine-tuning, and the sources it uses cannot be shown to the user.",
        "grounding",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        4,
        "Access control is easiest with fine-tuning: once documents are in the weights the model "
        "naturally knows which user may see what.",
        "access",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        5,
        "Fine-tuning is the best way to teach the model many frequently changing facts, while it is "
        "ineffective for changing tone or output format.",
        "fine-tune-behavior",
    ),
    (
        "nlp.in_context_learning",
        0,
        "In-context learning means the model takes a few quick gradient steps on the examples in the "
        "prompt before answering, a lightweight form of fine-tuning.",
        "definition",
    ),
    (
        "nlp.in_context_learning",
        2,
        "Once a model has seen examples in a prompt it keeps that skill for later conversations, since"
        " the demonstrations are stored in its weights.",
        "transient",
    ),
    (
        "nlp.in_context_learning",
        3,
        "The order and wording of the few-shot examples make essentially no difference, since the "
        "model extracts the same underlying task from any of them.",
        "sensitivity",
    ),
    (
        "nlp.in_context_learning",
        4,
        "The labels in the demonstrations don't matter at all, even for the largest models, so you can"
        " put random labels in and accuracy stays the same.",
        "flipped-labels",
    ),
    (
        "ml.supervised_unsupervised",
        0,
        "In supervised learning the model groups similar inputs together on its own, while in "
        "unsupervised learning we hand it the correct answer for every example.",
        "supervised",
    ),
    (
        "ml.supervised_unsupervised",
        2,
        "Customer segmentation and anomaly detection are classic supervised tasks, while spam "
        "filtering and price prediction are typical examples of unsupervised learning.",
        "examples",
    ),
    (
        "ml.supervised_unsupervised",
        3,
        "Unsupervised models are actually easier to evaluate than supervised ones, because you can "
        "just compare the clusters directly against the held-out labels.",
        "evaluation",
    ),
    (
        "ml.supervised_unsupervised",
        4,
        "Labels are cheap and plentiful in most real projects, whereas unlabeled data is hard to "
        "collect, so supervised learning is the natural default.",
        "label-cost",
    ),
    (
        "ml.supervised_unsupervised",
        6,
        "Large language models are pretrained with fully supervised learning on human-annotated labels"
        " for every token, which is why pretraining needs huge labeling budgets.",
        "self-supervised",
    ),
    (
        "ml.parametric_nonparametric",
        0,
        "A parametric model adds parameters as more training data arrives, so a linear regression "
        "trained on a million rows has far more weights than one trained on a thousand.",
        "parametric",
    ),
    (
        "ml.parametric_nonparametric",
        2,
        "Non-parametric models like k-nearest neighbors and decision trees have a small, fixed number "
        "of parameters that never changes with the size of the dataset.",
        "nonparametric",
    ),
    (
        "ml.parametric_nonparametric",
        4,
        "Non-parametric models are less prone to overfitting than parametric ones and work well even "
        "on very small datasets, since they make fewer assumptions.",
        "nonparametric-tradeoff",
    ),
    (
        "ml.parametric_nonparametric",
        5,
        "k-nearest neighbors is cheap at prediction time because all the work happens during training,"
        " so inference cost stays constant as the dataset grows.",
        "prediction-cost",
    ),
    (
        "ml.missing_data",
        2,
        "Mean imputation is the safest default because it preserves the variance and the correlations "
        "between features exactly.",
        "simple-imputation",
    ),
    (
        "ml.missing_data",
        4,
        "MICE fills each column independently from its own marginal distribution, without looking at "
        "the other features, which is why it is so fast.",
        "model-based",
    ),
    (
        "ml.missing_data",
        6,
        "I fit the imputer on the full dataset, including the test rows, before splitting, because "
        "more data gives more accurate fill values.",
        "train-only",
    ),
    (
        "ml.distribution_shift",
        0,
        "Distribution shift only happens when there is a bug in the data pipeline; a correctly built "
        "model keeps its validation accuracy in production indefinitely.",
        "definition",
    ),
    (
        "ml.distribution_shift",
        1,
        "Covariate shift is when the relationship between the inputs and the label changes, while "
        "concept drift means only the input feature distribution moves.",
        "types",
    ),
    (
        "ml.distribution_shift",
        2,
        "Monitoring input feature distributions is useless for drift detection, so the only signal "
        "worth tracking is accuracy on labeled production data.",
        "monitoring",
    ),
    (
        "ml.distribution_shift",
        3,
        "A drift alert from PSI on the inputs proves that accuracy has dropped, so there is no need to"
        " wait for labels before retraining.",
        "delayed-labels",
    ),
    (
        "ml.distribution_shift",
        4,
        "Importance weighting is the fix for concept drift, because reweighting the old training "
        "examples is enough even when the input-label relationship itself has changed.",
        "remedies",
    ),
    (
        "ml.slow_model_optimization",
        0,
        "I'd skip profiling and go straight to shrinking the model, because the network's forward pass"
        " is always the bottleneck in an ML system.",
        "profile",
    ),
    (
        "ml.slow_model_optimization",
        1,
        "Subsampling the training data always ruins the comparison between ideas, so every experiment "
        "has to run on the full dataset for all epochs.",
        "data-reduction",
    ),
    (
        "ml.slow_model_optimization",
        3,
        "Increasing the number of trees and the maximum depth makes a gradient-boosted model faster at"
        " inference, since deeper ensembles converge in fewer steps.",
        "algorithm-hyperparams",
    ),
    (
        "ml.slow_model_optimization",
        4,
        "Distillation speeds things up by training a larger student model to copy the outputs of the "
        "smaller original teacher.",
        "compression",
    ),
    (
        "ml.slow_model_optimization",
        5,
        "Batching requests lowers throughput on a GPU, so for serving speed I always process each "
        "request one at a time.",
        "serving",
    ),
    (
        "ml.slow_model_optimization",
        6,
        "Speed optimizations like quantization never change accuracy, so there is no need to re-check "
        "validation metrics after applying them.",
        "tradeoff",
    ),
    (
        "ml.hyperparameter_tuning",
        0,
        "I pick the hyperparameters that score best on the test set, since that is the most honest "
        "estimate of how the model will generalize.",
        "validation",
    ),
    (
        "ml.hyperparameter_tuning",
        1,
        "The cost of grid search grows only linearly with the number of hyperparameters, so it scales "
        "fine to ten or twenty of them.",
        "grid",
    ),
    (
        "ml.hyperparameter_tuning",
        2,
        "Grid search usually beats random search for the same budget, because it covers each important"
        " hyperparameter more thoroughly than random sampling can.",
        "random",
    ),
    (
        "ml.hyperparameter_tuning",
        3,
        "The learning rate should be sampled uniformly on a linear scale, say between 0.0001 and 0.1, "
        "so that every region gets equal coverage.",
        "log-scale",
    ),
    (
        "ml.hyperparameter_tuning",
        6,
        "Hyperband trains every configuration to completion and only then discards the weak ones, "
        "which is why it is more thorough than random search.",
        "early-stopping",
    ),
    (
        "ml.model_compression",
        0,
        "Moving weights from float32 to int8 halves the memory footprint, since each weight goes from "
        "four bytes down to two.",
        "quantization",
    ),
    (
        "ml.model_compression",
        3,
        "Unstructured pruning of individual small weights gives the biggest real speedups on ordinary "
        "GPUs, while structured pruning only helps with special sparse kernels.",
        "pruning",
    ),
    (
        "ml.model_compression",
        4,
        "In distillation the student is trained only on the teacher's hard argmax labels, because the "
        "soft probabilities are just noise.",
        "distillation",
    ),
    (
        "ml.model_compression",
        5,
        "Compression gains transfer across hardware, so once the latency improvement is measured on a "
        "developer laptop it holds on the deployment target too.",
        "measure",
    ),
    # Hostile round on llm engineering (session of 2026-12-07, fourth): the mistakes caught after
    # the bank's new versions, and the right sentences beside them.
    (
        "dl.training_sanity_checks",
        0,
        "At initialization the loss should be about the vocabulary size itself, around fifty "
        "thousand, because the model predicts uniformly.",
        "initial-loss",
    ),
    (
        "dl.training_sanity_checks",
        1,
        "If the loss on a single repeated batch drops to near zero, that's a red flag for a "
        "leak, so a healthy pipeline should keep it well above zero.",
        "overfit-batch",
    ),
    (
        "dl.training_sanity_checks",
        3,
        "For the causal mask I change an earlier token and check that the logits at later "
        "positions do not change.",
        "causal-leak",
    ),
    (
        "dl.loss_spikes",
        4,
        "Adam overshoots on rare-token embeddings, so I'd raise beta2 toward 0.9999 and shrink "
        "epsilon to make the second-moment estimate more stable.",
        "adam-rare",
    ),
    (
        "dl.loss_spikes",
        3,
        "A warmup that is too long is what makes spikes more likely, so I'd shorten the warmup "
        "and raise the peak learning rate.",
        "learning-rate",
    ),
    (
        "dl.loss_spikes",
        1,
        "Replaying the same batches can't tell you anything, because spikes are random "
        "numerical events that never recur with the same data.",
        "replay-data",
    ),
    (
        "dl.nan_debugging",
        4,
        "Switching to bf16 makes overflow worse, because bf16 has a smaller exponent range than float16.",
        "higher-precision",
    ),
    (
        "dl.nan_debugging",
        3,
        "Float16 only overflows above about 3.4e38, so overflow is practically never the cause.",
        "overflow",
    ),
    (
        "dl.nan_debugging",
        7,
        "If the NaN doesn't reproduce, it was just a random fluke of floating-point rounding, "
        "so I'd keep training and ignore it.",
        "hardware",
    ),
    (
        "dl.training_compute",
        0,
        "Training compute is about two FLOPs per parameter per token, so roughly 2ND.",
        "six-nd",
    ),
    (
        "dl.training_compute",
        1,
        "The backward pass costs about the same as the forward pass, two FLOPs per parameter "
        "per token, since it just runs the graph in reverse.",
        "forward-backward",
    ),
    (
        "dl.training_compute",
        3,
        "You can assume close to 100 percent utilization of the 1e15 FLOP/s peak on H100s, "
        "since the kernels are well optimized.",
        "mfu",
    ),
    (
        "dl.activation_memory",
        3,
        "ZeRO stage 3 or FSDP shards the activations across GPUs along with the weights, so it "
        "solves activation memory too.",
        "zero-not-activations",
    ),
    (
        "dl.activation_memory",
        1,
        "Activation memory grows quadratically with the hidden size and doesn't depend on the "
        "batch size at all.",
        "scaling",
    ),
    (
        "dl.activation_memory",
        4,
        "Gradient accumulation doesn't help with activation memory, since the activations of "
        "all micro-batches have to be kept until the optimizer step.",
        "micro-batch",
    ),
    (
        "dl.activation_memory",
        5,
        "Activation checkpointing saves memory at no extra compute cost, because it just drops "
        "activations that aren't needed.",
        "checkpointing",
    ),
    (
        "nlp.prefill_vs_decode",
        1,
        "Prefill is memory-bandwidth bound, because it has to load the whole prompt, while "
        "decode is the compute-heavy phase.",
        "prefill-compute",
    ),
    (
        "nlp.prefill_vs_decode",
        4,
        "Decode speed determines the time to first token, while prefill determines the time "
        "between output tokens.",
        "metrics",
    ),
    (
        "nlp.prefill_vs_decode",
        6,
        "Batching decodes doesn't raise throughput, because every extra sequence has to reload "
        "all the weights.",
        "batching",
    ),
    (
        "nlp.kv_cache_capacity",
        0,
        "Per token you multiply by the 64 query heads rather than the KV heads, since every "
        "attention head needs its own keys and values in the cache.",
        "formula",
    ),
    (
        "nlp.kv_cache_capacity",
        1,
        "That works out to about 328 KB per token, so an 8k request needs only about 2.7 MB.",
        "per-request",
    ),
    (
        "nlp.kv_cache_capacity",
        4,
        "A paged KV cache compresses the keys and values into fewer bits, which is why more requests fit.",
        "paging",
    ),
    (
        "nlp.kv_cache_capacity",
        3,
        "Reserving the full maximum length per request up front is efficient because it avoids "
        "fragmentation entirely.",
        "naive-waste",
    ),
    (
        "nlp.weight_only_quantization",
        1,
        "It's faster because the GPU multiplies directly in 4-bit integer arithmetic, which is "
        "four times cheaper than bf16.",
        "dequant",
    ),
    (
        "nlp.weight_only_quantization",
        3,
        "The speedup is biggest for prefill and large batches, because that's where the matmuls dominate.",
        "compute-bound-limit",
    ),
    (
        "nlp.weight_only_quantization",
        4,
        "One scale per whole tensor is enough, since outlier weights average out across the matrix.",
        "group-scales",
    ),
    (
        "nlp.weight_only_quantization",
        2,
        "A 70B model in 4 bits is still about 140 GB, so it needs at least two 80 GB GPUs.",
        "fits",
    ),
    (
        "nlp.rl_verifiable_rewards",
        2,
        "The best prompts are the ones the model always gets right, since they give the "
        "strongest positive reward signal.",
        "difficulty",
    ),
    (
        "nlp.rl_verifiable_rewards",
        1,
        "GRPO trains a separate value network as a critic and uses its estimate as the baseline "
        "for each completion.",
        "grpo",
    ),
    (
        "nlp.rl_verifiable_rewards",
        3,
        "Over training the responses get shorter, because the model learns to answer directly "
        "without wasting tokens on reasoning.",
        "emergent-reasoning",
    ),
    (
        "nlp.rl_verifiable_rewards",
        5,
        "RL with verifiable rewards increases the policy's entropy, so pass@k improves even "
        "more than pass@1.",
        "entropy",
    ),
    (
        "nlp.reward_hacking",
        5,
        "Once a chain-of-thought monitor flags hacking, I'd add its verdict as a penalty in the "
        "reward so the model learns to stop hacking.",
        "monitor-not-reward",
    ),
    (
        "nlp.reward_hacking",
        0,
        "Reward hacking is when the model overfits to the training prompts and fails to "
        "generalize to new ones.",
        "definition",
    ),
    (
        "nlp.reward_hacking",
        6,
        "A KL penalty makes reward hacking worse, because it pushes the policy further from the "
        "reference model.",
        "kl-early-stop",
    ),
    (
        "nlp.pretraining_dedup",
        3,
        "With MinHash you still compare every pair of documents' signatures, which is the "
        "quadratic step you just have to pay for.",
        "minhash",
    ),
    (
        "nlp.pretraining_dedup",
        6,
        "The more aggressively you deduplicate the better, so I'd always deduplicate globally "
        "across every snapshot and never allow any repetition.",
        "how-far",
    ),
    (
        "nlp.pretraining_dedup",
        1,
        "Duplicates actually reduce memorization, because the model treats repeated text as "
        "easy and stops paying attention to it.",
        "why-memorization",
    ),
    (
        "nlp.decontamination",
        3,
        "Exact n-gram matching catches paraphrased and translated copies too, so once it finds "
        "nothing you can rule contamination out.",
        "paraphrase",
    ),
    (
        "nlp.decontamination",
        1,
        "The standard check flags documents that share short n-grams, like single words or "
        "bigrams, with benchmark items.",
        "ngram",
    ),
    (
        "nlp.decontamination",
        5,
        "If a model scores higher on a freshly written equivalent test set than on the "
        "original, that shows it was contaminated.",
        "model-tests",
    ),
    (
        "dl.swiglu",
        3,
        "To match a 4d MLP's parameters, SwiGLU uses a hidden size of twice the model width, "
        "since it has twice as many matrices.",
        "sizing",
    ),
    (
        "dl.swiglu",
        1,
        "Swish is just the sigmoid of x, so the gate squashes every value to between zero and one.",
        "swish",
    ),
    (
        "dl.swiglu",
        2,
        "SwiGLU still has just two weight matrices like the original MLP; only the activation "
        "function changes.",
        "three-matrices",
    ),
    (
        "dl.long_context",
        6,
        "Needle-in-a-haystack retrieval at 128k is enough to show the extension worked, since "
        "if it can find the needle it can use the whole context.",
        "evaluation",
    ),
    (
        "dl.long_context",
        1,
        "NTK-aware scaling and YaRN lower the RoPE base so the rotations spin faster and cover "
        "the longer range.",
        "rescale",
    ),
    (
        "dl.long_context",
        5,
        "At inference the KV cache grows quadratically with context length, just like the attention scores.",
        "systems",
    ),
    (
        "dl.linear_probes",
        1,
        "High probe accuracy proves the model relies on that property to make its predictions.",
        "decodable-not-used",
    ),
    (
        "dl.linear_probes",
        2,
        "I'd use a deep nonlinear MLP probe, because a more powerful probe gives a more "
        "faithful picture of what the layer contains.",
        "keep-simple",
    ),
    (
        "dl.linear_probes",
        0,
        "A linear probe fine-tunes the model's last layer on the new property, updating its "
        "weights so the property becomes linearly separable.",
        "definition",
    ),
    (
        "dl.sparse_autoencoders",
        1,
        "The SAE compresses the activations into a much narrower bottleneck layer, so each of "
        "the few hidden units captures a key concept.",
        "architecture",
    ),
    (
        "dl.sparse_autoencoders",
        2,
        "It's trained with a penalty that makes the decoder weights sparse, while the hidden "
        "activations can stay dense.",
        "loss",
    ),
    (
        "dl.sparse_autoencoders",
        5,
        "The L1 penalty makes the feature activations systematically too large, which is the "
        "main failure mode.",
        "failure-modes",
    ),
    # Hostile round on ml practice (session of 2026-12-07, fourth): the mistakes caught after
    # the bank's new versions, and the right sentences beside them.
    (
        "stats.paired_model_comparison",
        0,
        "Since the two accuracies come from independent samples, I'd just run a two-proportion "
        "z-test on 71 versus 74 percent.",
        "paired-design",
    ),
    (
        "stats.paired_model_comparison",
        1,
        "Because the models share the same questions their outcomes are correlated, and that "
        "correlation adds twice the covariance to the variance of the difference, so the paired "
        "comparison is noisier.",
        "covariance",
    ),
    (
        "stats.paired_model_comparison",
        2,
        "Every question carries information, including the ones both models get right, since "
        "those pull both accuracies up and show how strong each model is.",
        "discordant",
    ),
    (
        "stats.paired_model_comparison",
        3,
        "McNemar's test compares the overall accuracies of 71 and 74 percent across all 500 "
        "questions with a chi-squared test.",
        "mcnemar",
    ),
    (
        "stats.eval_power",
        2,
        "Since n scales with one over the effect, halving the effect to detect just doubles the "
        "number of questions.",
        "inverse-square",
    ),
    (
        "stats.eval_power",
        5,
        "If the difference isn't significant on our eval, that shows the new checkpoint didn't "
        "improve, so we can stop there.",
        "null-not-evidence",
    ),
    (
        "stats.eval_power",
        3,
        "Scoring both models on the same questions makes their outcomes correlated, which "
        "inflates the variance, so you need more questions than with independent sets.",
        "paired-variance",
    ),
    (
        "stats.llm_judge_validation",
        1,
        "The judge should reach at least 95 percent agreement with the humans before I trust "
        "it, whatever the raters agree among themselves.",
        "inter-rater",
    ),
    (
        "stats.llm_judge_validation",
        2,
        "Raw percent agreement is the best measure, since kappa just adds noise; if the judge "
        "agrees with humans 90 percent of the time it's good.",
        "chance-corrected",
    ),
    (
        "stats.llm_judge_validation",
        3,
        "Position doesn't matter for an LLM judge since it reads both answers in full, so I "
        "only run each pair in one order.",
        "position-bias",
    ),
    (
        "stats.agent_eval_variance",
        1,
        "With 50 tasks the standard error is under one point, so a 6-point drop must mean something changed.",
        "standard-error",
    ),
    (
        "stats.agent_eval_variance",
        5,
        "pass@k is the fraction of the k attempts that succeed, averaged over tasks.",
        "pass-at-k",
    ),
    (
        "stats.agent_eval_variance",
        7,
        "For an agent that runs unattended, pass@k is the right reliability number, since it "
        "shows what the agent can do.",
        "reliability",
    ),
    (
        "stats.agent_eval_variance",
        6,
        "I'd estimate pass@k by plugging the observed success rate into one minus (1 minus p) "
        "to the k, which is unbiased.",
        "unbiased-estimator",
    ),
    (
        "stats.agent_eval_variance",
        2,
        "I'd run each task many times and treat every attempt as an independent sample when "
        "computing the interval.",
        "repeated-attempts",
    ),
    (
        "ml.benchmark_contamination",
        2,
        "Paraphrased copies are caught by the same n-gram filter, since a paraphrase still "
        "shares most of its n-grams with the original.",
        "paraphrase",
    ),
    (
        "ml.benchmark_contamination",
        4,
        "If the model scores higher on a fresh set of matched difficulty, that's the sign it "
        "was contaminated.",
        "fresh-set",
    ),
    (
        "ml.benchmark_contamination",
        6,
        "A saturated benchmark is still the best discriminator, since at the top every extra "
        "point reflects real capability.",
        "saturation",
    ),
    (
        "ml.benchmark_contamination",
        0,
        "Contamination just means the benchmark is too easy for the model, so the score "
        "reflects the difficulty rather than the training data.",
        "definition",
    ),
    (
        "ml.tree_split_criteria",
        3,
        "Entropy gives clearly better trees than Gini in most problems, so the choice of "
        "criterion matters a lot for accuracy.",
        "rarely-matters",
    ),
    (
        "ml.tree_split_criteria",
        4,
        "Gini is the default because it handles multiclass problems, while entropy only works "
        "for two classes.",
        "gini-cheaper",
    ),
    (
        "ml.tree_split_criteria",
        6,
        "Information gain is biased toward features with few distinct values, which is why "
        "binary features dominate the top splits.",
        "many-values",
    ),
    (
        "ml.tree_split_criteria",
        5,
        "Misclassification error is the best criterion for growing trees, since it directly "
        "measures what we care about.",
        "misclassification",
    ),
    (
        "ml.ranking_metrics",
        0,
        "Recall at k is the fraction of the top k results that are relevant.",
        "recall-at-k",
    ),
    (
        "ml.ranking_metrics",
        2,
        "MRR averages one over the rank of every relevant item in the list, so it rewards "
        "retrieving many relevant results.",
        "mrr",
    ),
    (
        "ml.ranking_metrics",
        5,
        "nDCG divides DCG by the number of relevant items, so queries with many relevant "
        "results can score above one.",
        "ndcg-ideal",
    ),
    (
        "ml.categorical_encoding",
        2,
        "Label encoding with integers is fine for any model, including linear ones, since the "
        "numbers are just identifiers.",
        "ordinal-order",
    ),
    (
        "ml.categorical_encoding",
        5,
        "Target encoding only leaks if the test labels are used; computing it on the training "
        "rows it encodes is completely safe.",
        "leakage",
    ),
    (
        "ml.categorical_encoding",
        7,
        "Smoothing shrinks the common merchants toward the global mean the most, and leaves "
        "rare merchants close to their own average.",
        "smoothing",
    ),
    (
        "ml.regression_metrics",
        1,
        "RMSE is more robust to outliers than MAE, because the square root shrinks the large "
        "errors back down.",
        "rmse",
    ),
    (
        "ml.regression_metrics",
        5,
        "MAPE penalises under-forecasts more than over-forecasts, so minimising it pushes predictions high.",
        "mape-asymmetry",
    ),
    (
        "ml.regression_metrics",
        7,
        "R squared is always between zero and one, so on test data the worst a model can do is zero.",
        "r-squared-limits",
    ),
    (
        "ml.svm_margin_kernels",
        4,
        "A large C gives a wider margin and more regularisation, because it relaxes the penalty "
        "on violations.",
        "c-direction",
    ),
    (
        "ml.svm_margin_kernels",
        2,
        "Every training point contributes equally to the SVM boundary, like in logistic regression.",
        "support-vectors",
    ),
    (
        "ml.svm_margin_kernels",
        5,
        "The kernel trick explicitly maps every point into the high-dimensional feature space "
        "and then trains a linear SVM there.",
        "kernel-trick",
    ),
    (
        "ml.time_series_validation",
        0,
        "Shuffled k-fold is fine for daily demand as long as you have enough data, since each "
        "fold still sees every season.",
        "future-leak",
    ),
    (
        "ml.time_series_validation",
        1,
        "Autocorrelation makes a random split pessimistic, because the validation days look "
        "different from the training days.",
        "autocorrelation",
    ),
    (
        "ml.time_series_validation",
        6,
        "I'd fit the scaler on the whole dataset once before splitting, since scaling doesn't "
        "use the labels and can't leak.",
        "point-in-time",
    ),
    (
        "stats.seed_variance",
        1,
        "A paired test over the test items with one run of each is enough, since it captures "
        "all the randomness in the comparison.",
        "paired-not-enough",
    ),
    (
        "stats.seed_variance",
        5,
        "I'd report the best of the seeds for each recipe, since that shows what the recipe can "
        "achieve at its best.",
        "no-best-seed",
    ),
    (
        "stats.seed_variance",
        3,
        "Different seeds of the same recipe only move the score by a hundredth of a point, so "
        "0.8 points is far beyond seed noise.",
        "seed-scale",
    ),
    (
        "ml.capability_thresholds",
        1,
        "The evals are built to prove the model has crossed the threshold, so we only add "
        "safeguards once a test clearly shows the dangerous capability.",
        "rule-out",
    ),
    (
        "ml.capability_thresholds",
        5,
        "The warning lines should sit right at the real threshold, or above it, so that we "
        "don't trigger safeguards too early.",
        "buffer",
    ),
    (
        "ml.capability_thresholds",
        6,
        "I'd test the model as users see it by default, with its refusals and no special "
        "scaffolding, since that's the realistic risk.",
        "elicitation",
    ),
    (
        "ml.elicitation_sandbagging",
        1,
        "Under-elicitation isn't a safety problem, since it only makes the model look weaker, "
        "which errs on the conservative side.",
        "false-reassurance",
    ),
    (
        "ml.elicitation_sandbagging",
        2,
        "Sandbagging is when a model is overtrained on a benchmark so its score overstates its real ability.",
        "sandbagging",
    ),
    (
        "ml.elicitation_sandbagging",
        4,
        "Fine-tuning is a poor check for hidden capability, since prompting alone reliably "
        "unlocks anything the model can do.",
        "fine-tuning",
    ),
    (
        "ml.elicitation_sandbagging",
        0,
        "Under-elicitation means the eval overstates the model's ability because the tasks "
        "leaked into training.",
        "under-elicitation",
    ),
    (
        "ml.ai_control",
        1,
        "The trusted model is the most capable one we have, and we use a smaller model as the "
        "untrusted agent.",
        "trusted-untrusted",
    ),
    (
        "ml.ai_control",
        3,
        "Humans review a random sample of the agent's actions, since suspiciousness scores from "
        "the monitor would bias the audit.",
        "audit-budget",
    ),
    (
        "ml.ai_control",
        0,
        "AI control means training the model to be aligned so that it never tries to get around "
        "the safeguards.",
        "control-definition",
    ),
    # Hostile round on llm systems (session of 2026-12-07, fourth): the mistakes caught after
    # the bank's new versions, and the right sentences beside them.
    (
        "llm.evaluation_design",
        1,
        "The cleanest approach is to collapse everything into one overall quality score, since "
        "separate metrics just confuse the launch decision.",
        "dimensions",
    ),
    (
        "llm.evaluation_design",
        3,
        "LLM judges agree with people so well that we can skip human raters entirely and trust "
        "the automated scores as they are.",
        "human-and-automated",
    ),
    (
        "llm.evaluation_design",
        2,
        "Offline test suites only need to be run once before the first launch; after that live "
        "metrics take over.",
        "offline-suites",
    ),
    (
        "llm.failure_diagnosis",
        3,
        "RLHF can't cause this kind of thing, because the reward model always penalizes harmful "
        "answers, so I'd rule out alignment straight away.",
        "alignment-cause",
    ),
    (
        "llm.failure_diagnosis",
        5,
        "Once the fix works on the reported examples, it's done; there's no need for a "
        "regression suite or extra monitoring afterwards.",
        "verify-monitor",
    ),
    (
        "llm.hallucination",
        3,
        "Once you add retrieval-augmented generation the model only repeats the documents, so "
        "hallucinations are eliminated completely.",
        "rag",
    ),
    (
        "llm.hallucination",
        0,
        "Hallucinations come from bugs in the decoding code, since pretraining teaches the "
        "model to predict only true facts.",
        "cause",
    ),
    (
        "llm.hallucination",
        2,
        "If you sample the same question several times and the answers agree, that proves they "
        "are fabricated, because real facts get rephrased every time.",
        "self-consistency",
    ),
    (
        "llm.guardrails",
        0,
        "A well-aligned model is enough on its own, so extra layers around it are redundant "
        "once RLHF is done properly.",
        "defense-in-depth",
    ),
    (
        "llm.guardrails",
        7,
        "Stricter filters only reduce harm; they have no real cost for normal users, so you "
        "should block as broadly as possible.",
        "tradeoffs",
    ),
    (
        "llm.guardrails",
        2,
        "Checking outputs is unnecessary once the input classifier has screened the prompt, "
        "since a clean prompt always produces a safe response.",
        "output-layer",
    ),
    (
        "llm.constitutional_ai",
        2,
        "In the reinforcement phase human annotators compare the responses against the "
        "constitution, and their labels train the reward model.",
        "ai-feedback",
    ),
    (
        "llm.constitutional_ai",
        1,
        "In the supervised phase, human experts rewrite the model's bad answers according to "
        "the principles, and the model is fine-tuned on their rewrites.",
        "critique-revise",
    ),
    (
        "llm.constitutional_ai",
        5,
        "Because the principles are written into training, the model is guaranteed to follow "
        "them, so no separate red teaming or runtime filters are needed.",
        "still-evaluate",
    ),
    (
        "llm.constitutional_ai",
        3,
        "The main difference from RLHF is that constitutional AI needs far more human labels, "
        "since every principle has to be annotated separately.",
        "vs-rlhf",
    ),
    (
        "llm.adversarial_prompts",
        3,
        "Untrusted content from documents and tools can simply be appended to the system "
        "prompt, because the model always obeys the system prompt over anything else.",
        "runtime-defense",
    ),
    (
        "llm.adversarial_prompts",
        4,
        "Least privilege doesn't matter for agents as long as the model is well aligned, so I'd "
        "give it full access to every tool without confirmations.",
        "least-privilege",
    ),
    (
        "llm.adversarial_prompts",
        0,
        "Prompt injection is just another name for a jailbreak: both are typed directly by the "
        "user, so the threat model only needs to cover the chat box.",
        "threat-model",
    ),
    (
        "llm.adversarial_prompts",
        5,
        "The only number I'd track is attack success rate, since over-refusal on harmless "
        "prompts doesn't matter for robustness.",
        "measure-attacks",
    ),
    (
        "llm.prompt_sensitivity",
        3,
        "The fairest evaluation picks the single best-performing prompt template and reports "
        "its score, since that shows what the model can really do.",
        "eval-practice",
    ),
    (
        "llm.prompt_sensitivity",
        1,
        "To measure sensitivity I'd change the meaning of the prompts on purpose, since an "
        "answer that stays the same under a different question shows the model is robust.",
        "variants",
    ),
    (
        "llm.prompt_sensitivity",
        5,
        "Setting the temperature as high as possible in production makes answers more "
        "consistent across phrasings.",
        "system-controls",
    ),
    (
        "llm.prompt_sensitivity",
        2,
        "Consistency doesn't need its own metric, because if average accuracy is high the "
        "answers must already agree across paraphrases.",
        "consistency-metric",
    ),
    (
        "llm.monitoring",
        4,
        "Slicing the metrics isn't needed; the overall average is the most reliable signal, "
        "since any real problem will show up in it.",
        "slices-drift",
    ),
    (
        "llm.monitoring",
        5,
        "I'd alert on every single flagged output, and all alerts go to the same on-call "
        "channel with the same priority so nothing gets missed.",
        "alerts",
    ),
    (
        "llm.monitoring",
        2,
        "An LLM judge can grade the sample straight out of the box, since it's already more "
        "reliable than human raters, so there's no need to calibrate it.",
        "sampled-grading",
    ),
    (
        "llm.monitoring",
        6,
        "Once monitoring is automated, there's no need for people to read conversations; the "
        "dashboards tell you everything.",
        "review-loop",
    ),
    (
        "llm.rollout",
        2,
        "Once the offline suites pass, I'd switch all traffic to the new model at once, since a "
        "canary just delays the launch without telling you anything new.",
        "gradual-traffic",
    ),
    (
        "llm.rollout",
        1,
        "As long as the average score across the offline suites goes up, the candidate is ready "
        "to ship, even if a few slices get worse.",
        "offline-gates",
    ),
    (
        "llm.rollout",
        0,
        "Only the model weights need a version number; prompts, thresholds and the retrieval "
        "index can be changed freely in place.",
        "version-bundle",
    ),
    (
        "llm.rollout",
        3,
        "During the canary I'd decide which metrics matter only after seeing the results, so we "
        "don't lock ourselves in too early.",
        "canary-criteria",
    ),
    (
        "llm.control_latency_cost",
        1,
        "In a cascade, every request goes through the large LLM judge first, and the small "
        "classifier only double-checks what it flags.",
        "cascade",
    ),
    (
        "llm.control_latency_cost",
        2,
        "The output check can only start after the whole response has been generated, so its "
        "latency always adds on top of generation.",
        "parallel-streaming",
    ),
    (
        "llm.control_latency_cost",
        5,
        "If an optimization cuts latency enough, it can ship even if recall on some harm "
        "categories drops a little, since speed is what users notice.",
        "verify-safety",
    ),
    (
        "llm.control_latency_cost",
        3,
        "Distilling or quantizing a safety classifier always ruins its accuracy, so the only "
        "way to cut cost is to drop layers.",
        "compress-cache",
    ),
    (
        "llm.control_latency_cost",
        4,
        "Every product should get exactly the same heavy control stack, since risk doesn't "
        "differ between an internal tool and a consumer app.",
        "risk-based",
    ),
    (
        "llm.bias_fairness",
        1,
        "The best way to test for bias is to remove all names, genders and nationalities from "
        "the prompts, because a model that never sees them can't be biased.",
        "counterfactual",
    ),
    (
        "llm.bias_fairness",
        2,
        "If the overall accuracy is high, the model is fair to every group, so breaking metrics "
        "down by dialect or language isn't necessary.",
        "sliced-metrics",
    ),
    (
        "llm.bias_fairness",
        5,
        "Once a bias fix passes the release gate, it stays fixed, so fairness doesn't need to "
        "be tracked in later releases or in production.",
        "track",
    ),
    (
        "llm.moderation_system",
        1,
        "I'd send every single post straight to the large LLM, since cheap classifiers and hash "
        "matching miss too much to be worth running first.",
        "tiered",
    ),
    (
        "llm.moderation_system",
        3,
        "A single overall accuracy number is enough to judge the system, since precision and "
        "recall per category just split the same information.",
        "metrics",
    ),
    (
        "llm.moderation_system",
        2,
        "Human moderators become unnecessary once the LLM is good enough, so appeals can be "
        "handled by the same model that made the decision.",
        "human-moderators",
    ),
    (
        "llm.moderation_system",
        0,
        "A good LLM already knows what's harmful, so there's no need to write a policy; it can "
        "moderate from common sense.",
        "policy",
    ),
    (
        "llm.moderation_system",
        4,
        "Once the classifiers are trained well, bad actors can't get around them, so retraining "
        "isn't needed.",
        "adversaries",
    ),
    (
        "llm.fallback_escalation",
        1,
        "Large models know exactly when they're wrong, so the model's self-reported confidence "
        "can gate escalation on its own without any validation.",
        "self-confidence",
    ),
    (
        "llm.fallback_escalation",
        3,
        "The safest default is always a flat refusal with no further help, since anything more "
        "risks saying something harmful.",
        "useful-default",
    ),
    (
        "llm.fallback_escalation",
        5,
        "Thresholds should be set as low as possible so nearly everything escalates, because "
        "escalating more never has a downside.",
        "tune-thresholds",
    ),
    (
        "llm.fallback_escalation",
        4,
        "The human reviewer should start fresh without the conversation history, so they aren't "
        "biased by what the model said.",
        "handoff-context",
    ),
    (
        "llm.fallback_escalation",
        2,
        "Every topic should use the same escalation threshold, since treating medical questions "
        "differently from small talk would be inconsistent.",
        "risk-tiers",
    ),
    (
        "llm.eval_feedback_loop",
        0,
        "Offline evaluation is the best way to find failures nobody anticipated, while online "
        "A/B tests are mainly for gating releases.",
        "offline",
    ),
    (
        "llm.eval_feedback_loop",
        4,
        "A fixed offline test set stays representative forever, and it can't leak into training "
        "data because it's stored separately.",
        "offline-blind-spots",
    ),
    (
        "llm.eval_feedback_loop",
        2,
        "Human raters don't need rubrics or agreement checks, since any person can tell a good "
        "answer when they see one.",
        "human",
    ),
    (
        "llm.safety_usefulness",
        0,
        "When in doubt, refusing is always the safe choice, since a refusal can't hurt anyone.",
        "both-costs",
    ),
    (
        "llm.safety_usefulness",
        4,
        "Safety and helpfulness are a strict zero-sum trade-off, so training can only improve "
        "one by making the other worse.",
        "move-frontier",
    ),
    (
        "llm.safety_usefulness",
        1,
        "I'd just measure the refusal rate on harmful prompts; the more the model refuses "
        "overall, the safer and better it is.",
        "measure-both",
    ),
    (
        "llm.safe_assistant_design",
        4,
        "The filters are the main defense, so the base model doesn't need any alignment "
        "training; the input and output checks catch everything.",
        "alignment",
    ),
    (
        "llm.safe_assistant_design",
        1,
        "I'd build the assistant first and work out the metrics and release thresholds after "
        "launch, once we see how people use it.",
        "eval-framework",
    ),
    (
        "llm.safe_assistant_design",
        2,
        "The output check runs before generation, on the prompt, and the input check runs on "
        "the reply after the user has seen it.",
        "pipeline",
    ),
    (
        "llm.safe_assistant_design",
        5,
        "Stricter filters have no downside for a consumer app, so I'd set every threshold as "
        "tight as possible regardless of severity.",
        "tradeoffs",
    ),
    # A hostile round on ten coding questions: a strong answer with one fluent mistake, caught
    # after each mistake's point got a marked wrong version (the held-out wordings caught before).
    (
        "code.binary_search",
        1,
        "Because each step halves the range, the search takes O(n log n) time overall.",
        "logarithmic",
    ),
    (
        "code.binary_search",
        2,
        "As soon as the middle element equals the target I return that index, which is already "
        "the first occurrence.",
        "leftmost",
    ),
    (
        "code.binary_search",
        4,
        "The list doesn't really need to be sorted; binary search finds the target in any list "
        "just by comparing with the middle.",
        "sorted",
    ),
    (
        "code.binary_search",
        1,
        "Binary search runs in O(n) time, since in the worst case it still has to look at every element.",
        "logarithmic",
    ),
    (
        "code.gradient_descent",
        0,
        "Each step adds the gradient times the learning rate to the weights, since the gradient "
        "points toward the minimum.",
        "update-rule",
    ),
    (
        "code.gradient_descent",
        2,
        "A larger learning rate always makes it converge faster, so I'd pick the biggest value "
        "I can; too small is the only real danger.",
        "learning-rate",
    ),
    (
        "code.gradient_descent",
        3,
        "The squared error of a linear model has many local minima, so where you start decides "
        "which one you end up in.",
        "convex",
    ),
    (
        "code.longest_common_subsequence",
        4,
        "Filling the table is O(m plus n), since each character of both strings is visited once.",
        "complexity",
    ),
    (
        "code.longest_common_subsequence",
        3,
        "To recover the subsequence I walk forward from the top-left cell and collect every "
        "character where the value increases.",
        "backtrack",
    ),
    (
        "code.top_p_sampling",
        2,
        "I keep only the tokens strictly before the cumulative sum passes p, so the kept mass "
        "stays just under p.",
        "crossing-token",
    ),
    (
        "code.top_p_sampling",
        4,
        "Top-p keeps a fixed number of tokens, while top-k adapts to how peaked the distribution is.",
        "adaptive",
    ),
    (
        "code.top_p_sampling",
        1,
        "For the nucleus I sort the probabilities in ascending order and accumulate from the "
        "smallest until I reach p.",
        "sort-cumsum",
    ),
    (
        "code.top_p_sampling",
        3,
        "After filtering the probabilities still sum to one, since the removed tokens had "
        "almost no mass, so I sample directly.",
        "renormalize",
    ),
    (
        "code.stratified_kfold",
        2,
        "Stratification matters mostly for balanced datasets; when a class is rare, a random "
        "split spreads it evenly anyway.",
        "imbalance",
    ),
    (
        "code.stratified_kfold",
        1,
        "Each fold serves once as the training set, and the other k minus one folds together "
        "form the test set.",
        "partition",
    ),
    (
        "code.stratified_kfold",
        5,
        "Stratification also takes care of related samples, since rows from one patient share a "
        "label and so get dealt together.",
        "groups",
    ),
    (
        "code.edit_distance",
        2,
        "A substitution always costs one, even when the two characters are the same, so each "
        "cell is just the minimum of the three neighbours plus one.",
        "recurrence",
    ),
    (
        "code.edit_distance",
        3,
        "Keeping only two rows also cuts the running time down to linear in the string lengths.",
        "complexity",
    ),
    (
        "code.edit_distance",
        1,
        "The first row and column are all zeros, since an empty prefix shares nothing with the other string.",
        "base",
    ),
    (
        "code.bpe_merge",
        0,
        "Each distinct word counts once for every pair it contains, so how often the word "
        "appears in the corpus doesn't affect the pair counts.",
        "weighted-counts",
    ),
    (
        "code.bpe_merge",
        2,
        "To tokenize new text I pick the longest vocabulary entry that matches at each "
        "position, so the order of the merges doesn't matter.",
        "replay",
    ),
    (
        "code.bpe_merge",
        3,
        "Words the tokenizer never saw in training are mapped to an unknown token, just like a "
        "word-level vocabulary.",
        "no-unknowns",
    ),
    (
        "code.bpe_merge",
        1,
        "Each merge replaces two symbols in the vocabulary with one, so the vocabulary shrinks "
        "until it reaches the target size.",
        "repeat",
    ),
    (
        "code.kv_cache_attention",
        1,
        "The cache stores the queries, keys and values of every earlier position, since the new "
        "token needs all three to attend.",
        "cache-contents",
    ),
    (
        "code.kv_cache_attention",
        3,
        "The cache memory grows quadratically with the context length, just like the attention matrix.",
        "memory",
    ),
    (
        "code.kv_cache_attention",
        4,
        "Each head divides its scores by the square root of the full model width d, since "
        "that's the dimension of the queries.",
        "heads",
    ),
    (
        "code.mlp_backward",
        0,
        "The gradient with respect to the logits is the softmax output times one minus the "
        "softmax output, like for a sigmoid.",
        "logit-gradient",
    ),
    (
        "code.mlp_backward",
        3,
        "The central difference has an error that shrinks only linearly with eps, the same as a "
        "one-sided difference, so the choice doesn't matter.",
        "central-difference",
    ),
    (
        "code.mlp_backward",
        6,
        "Any disagreement between the numeric and analytic gradients, even at a ReLU kink, "
        "means the backward pass has a bug.",
        "kinks",
    ),
    (
        "code.eval_harness",
        1,
        "Items that fail after all retries are dropped from the denominator, since a timeout "
        "says nothing about the model's quality.",
        "failures-count",
    ),
    (
        "code.eval_harness",
        3,
        "I retry failures with a fixed one-second wait between attempts, so the timing stays predictable.",
        "backoff",
    ),
    (
        "code.eval_harness",
        0,
        "I report results in the order they complete, since that reflects what actually "
        "happened during the run.",
        "input-order",
    ),
    # The rest of LLM engineering (seven questions) against the same kind of round.
    (
        "dl.activation_patching",
        4,
        "Patching clean activations into the corrupted run tells you whether a component is "
        "necessary, while patching corrupted activations into the clean run tells you whether "
        "it is sufficient.",
        "noising-denoising",
    ),
    (
        "dl.activation_patching",
        5,
        "Zero ablation is the cleanest corruption, since setting the activation to zero just "
        "removes its information without any side effects.",
        "corruption-choice",
    ),
    (
        "dl.activation_patching",
        6,
        "Attribution patching uses gradients to compute the exact patching effect of every "
        "component in one backward pass, so it is just as accurate as real patching.",
        "attribution-patching",
    ),
    (
        "dl.superposition",
        1,
        "Superposition is cheapest when features are dense, because then every dimension is "
        "being used all the time.",
        "sparsity",
    ),
    (
        "dl.superposition",
        4,
        "Superposition makes each neuron monosemantic, so every neuron cleanly corresponds to a "
        "single concept.",
        "polysemantic",
    ),
    (
        "dl.superposition",
        6,
        "The residual stream has a privileged basis, so its individual dimensions are the "
        "natural units to interpret, unlike the neurons after a nonlinearity.",
        "privileged-basis",
    ),
    (
        "nlp.process_vs_outcome_rewards",
        2,
        "The outcome reward is actually the denser signal, because it grades the entire "
        "solution at once, while step scores are sparse.",
        "credit",
    ),
    (
        "nlp.process_vs_outcome_rewards",
        4,
        "Process labels are cheap to get, since Monte Carlo rollouts give exact, noise-free "
        "correctness for every step.",
        "labels-cost",
    ),
    (
        "nlp.process_vs_outcome_rewards",
        6,
        "For large-scale RL training, process reward models are the standard choice, which is "
        "why DeepSeek-R1 trained against a learned step-level reward model.",
        "usage",
    ),
    (
        "nlp.process_vs_outcome_rewards",
        3,
        "If the final answer is right, the reasoning must be right too, so outcome rewards "
        "never reward flawed solutions.",
        "false-positives",
    ),
    (
        "nlp.reasoning_models",
        2,
        "Accuracy peaks with a short chain of thought, and giving the model more thinking "
        "tokens on hard problems mostly makes it worse.",
        "test-time-scaling",
    ),
    (
        "nlp.reasoning_models",
        4,
        "Small models only learn to reason through their own RL run; fine-tuning them on a "
        "bigger model's traces just teaches them to copy the style.",
        "distillation",
    ),
    (
        "nlp.reasoning_models",
        6,
        "The chain of thought is a faithful record of how the model got its answer, so reading "
        "it tells you exactly why it answered that way.",
        "faithfulness",
    ),
    (
        "nlp.quality_filtering",
        3,
        "A perplexity filter keeps the documents that the reference model finds most "
        "surprising, since high perplexity means the text is rich and informative.",
        "perplexity",
    ),
    (
        "nlp.quality_filtering",
        4,
        "You can tell a filter helps by reading a sample of what it keeps; if the kept pages "
        "look cleaner, the filter works.",
        "ablate",
    ),
    (
        "nlp.quality_filtering",
        6,
        "Stricter thresholds are always better, since a smaller amount of cleaner data beats "
        "more tokens at any budget.",
        "quantity",
    ),
    (
        "nlp.data_mixture",
        3,
        "Mixture results transfer directly across scale, so whatever mix wins on the small "
        "proxy is the one to use for the big run.",
        "transfer",
    ),
    (
        "nlp.data_mixture",
        4,
        "Repeating data is basically free, so you can cycle the high-quality sources twenty or "
        "thirty times with no loss in value.",
        "repetition",
    ),
    (
        "nlp.data_mixture",
        1,
        "Downstream benchmark accuracy is the best signal even on small proxies, while held-out "
        "loss per domain tells you little.",
        "metrics",
    ),
    (
        "dl.context_expert_parallelism",
        0,
        "Context parallelism splits the model's layers across GPUs, and each GPU runs the full "
        "sequence through its share of the layers.",
        "cp-split",
    ),
    (
        "dl.context_expert_parallelism",
        2,
        "With a causal mask the GPUs holding the late chunks have the least work, so a plain "
        "contiguous split is already balanced.",
        "causal-balance",
    ),
    (
        "dl.context_expert_parallelism",
        6,
        "Expert parallelism needs no special communication, since each token just stays on its "
        "own GPU and uses whatever expert lives there.",
        "all-to-all",
    ),
    # Five system design questions against the same kind of round.
    (
        "design.recommendation_feed",
        0,
        "I'd optimize the feed for click-through rate, since clicks are the most direct and "
        "least noisy signal of what users actually want.",
        "objective",
    ),
    (
        "design.recommendation_feed",
        2,
        "We can skip candidate generation and just run the full ranking model over the whole "
        "catalogue of tens of millions of videos on every request, blending predicted watch "
        "time, likes and shares into one score.",
        "funnel",
    ),
    (
        "design.recommendation_feed",
        4,
        "A model that wins on offline nDCG and recall@k over a later time window is ready to "
        "launch, because those offline gains carry over reliably online.",
        "online-evaluation",
    ),
    (
        "design.search_ranking",
        2,
        "Products at the top get more clicks because they are the most relevant, so raw clicks "
        "can be used as labels as they are, with purchases counting more than add-to-carts and "
        "add-to-carts more than clicks.",
        "position-bias",
    ),
    (
        "design.search_ranking",
        1,
        "Retrieval uses only an embedding retriever, since dense vectors handle exact brand "
        "names and model numbers better than BM25 does, returning about a thousand products.",
        "retrieval",
    ),
    (
        "design.search_ranking",
        5,
        "Offline I'd compare rankers on nDCG@10 and MRR over held-out queries and a "
        "human-judged set, and if the offline numbers improve we can launch without an A/B "
        "test.",
        "online-test",
    ),
    (
        "design.llm_eval_platform",
        1,
        "Each eval has one living version: when we fix the dataset or tweak the prompt template "
        "we update it in place, so everyone always sees the latest numbers.",
        "versioned-registry",
    ),
    (
        "design.llm_eval_platform",
        4,
        "With thousands of items the scores are precise enough, so if a checkpoint gains a "
        "point on the benchmark that's real progress and no confidence intervals are needed.",
        "uncertainty",
    ),
    (
        "design.llm_eval_platform",
        7,
        "For dangerous-capability evals we use plain zero-shot prompting with no special "
        "elicitation, since that measures the model's true baseline risk, and we keep the data "
        "under restricted access.",
        "elicitation",
    ),
    (
        "design.spam_abuse",
        6,
        "Prevalence is simply the number of messages our classifier blocked divided by all "
        "messages, which we get for free from the enforcement logs.",
        "prevalence-sampling",
    ),
    (
        "design.spam_abuse",
        4,
        "Attackers adapt, so I'd show users exactly which rule or signal triggered the block, "
        "since transparency helps honest users and attackers gain little from knowing it.",
        "adaptation",
    ),
    (
        "design.spam_abuse",
        2,
        "Each message should be classified on its own, since judging whole accounts or clusters "
        "punishes everyone for one bad message.",
        "account-level",
    ),
    (
        "design.code_completion",
        1,
        "The prompt only needs the code before the cursor, since the model generates left to "
        "right and can't use what comes after it anyway, plus some retrieved snippets within "
        "the token budget.",
        "fim-context",
    ),
    (
        "design.code_completion",
        5,
        "Online, acceptance rate is the one metric that matters: the more suggestions "
        "developers accept, the better the feature, whatever their length.",
        "online-eval",
    ),
    (
        "design.code_completion",
        2,
        "I'd serve every completion with our largest model, since quality matters more than "
        "speed and a bigger model always gives better suggestions.",
        "small-model",
    ),
    # What one does after "so I", where the first part says what doing otherwise would lead
    # to, is a claim: the mistake in it counts.
    (
        "llm.failure_diagnosis",
        0,
        "Rolling back or tightening filters would just hide the problem, so I'd keep the model "
        "fully live and untouched until we've found the root cause.",
        "contain",
    ),
    # A marked phrase matches the word's other forms ("make" / "making").
    ("ml.bias_variance", 5, "Overfitting is fixed by making the model bigger.", "variance-remedies"),
    ("ml.bias_variance", 5, "When a model overfits, I'd try using a bigger model.", "variance-remedies"),
    # Cases side by side: each is a claim of its own, and the right one does not excuse the
    # wrong one.
    (
        "code.longest_common_subsequence",
        1,
        "When the characters match I take the diagonal plus one, and when they don't I reset the "
        "cell to zero, since the common run is broken.",
        "recurrence",
    ),
    (
        "ml.bias_variance",
        6,
        "When a model overfits, I'd regularize it or get more data, and when it underfits, I'd "
        "regularize it even more.",
        "bias-remedies",
    ),
    # "a bigger model" alone, for overfitting: its other forms were marked, this one was not.
    ("ml.bias_variance", 5, "When the model overfits, a bigger model helps.", "variance-remedies"),
    (
        "ml.bias_variance",
        5,
        "When a model underfits or overfits, a bigger model with more features fixes it.",
        "variance-remedies",
    ),
    # The other case named in the sentence does not excuse a clause that names this point's
    # own term, nor a sentence naming both cases in one clause.
    (
        "ml.bias_variance",
        6,
        "Collect more data to fix high bias, and it also stops overfitting.",
        "bias-remedies",
    ),
    (
        "ml.bias_variance",
        6,
        "When the model underfits, I'd get more data, just as I would for an overfitting one.",
        "bias-remedies",
    ),
    (
        "ml.bias_variance",
        6,
        "I'd regularize an underfitting model, and give an overfitting one more capacity.",
        "variance-remedies",
    ),
    # Own research (session 32's hostile round): a mistake in a story of one's own work,
    # told as a candidate would, with right sentences worded near it.
    (
        "research.proud_project",
        1,
        "Honestly we all did everything together as a team, so there isn't really a part I "
        "could single out as mine.",
        "own-role",
    ),
    (
        "research.proud_project",
        3,
        "It reached 99 percent accuracy on the grasps we trained it on, which proved it was far "
        "better than the old rules.",
        "evaluation-numbers",
    ),
    (
        "research.proud_project",
        5,
        "Honestly it had no real weak spots; once it shipped it handled every item, so there "
        "was nothing left to improve.",
        "limits-next",
    ),
    (
        "research.own_contribution",
        1,
        "Honestly the whole team did everything together, so we built the pipeline and we ran "
        "the experiments; no part was really mine.",
        "my-part",
    ),
    (
        "research.own_contribution",
        2,
        "Our lead made every tradeoff, so I implemented what I was told and never needed to "
        "make a call of my own.",
        "my-decision",
    ),
    (
        "research.own_contribution",
        4,
        "Most of the ideas and all of the important work were mine; the others mainly helped with paperwork.",
        "credit-others",
    ),
    (
        "research.method_choice",
        1,
        "We didn't really weigh alternatives; a fine-tuned pretrained detector is always the "
        "best choice for vision, so the decision was obvious.",
        "alternatives",
    ),
    (
        "research.method_choice",
        2,
        "I skipped the pilot and went straight to the full build, since I was confident the "
        "detector would win and a comparison would only slow us down.",
        "pilot",
    ),
    (
        "research.method_choice",
        4,
        "We simply assumed the new cameras' images matched our labeled ones; checking that "
        "would have taken time, and the model seemed fine.",
        "assumptions",
    ),
    (
        "research.method_choice",
        5,
        "In hindsight I wouldn't change a thing; every choice we made turned out to be the best one.",
        "hindsight",
    ),
    (
        "research.evaluation",
        0,
        "Our main metric was plain accuracy, 99 percent, because it was the simplest way to "
        "show the model worked.",
        "metric-choice",
    ),
    (
        "research.evaluation",
        4,
        "We ran it once and our number was higher than the ResNet's, so every difference was "
        "clearly significant.",
        "uncertainty",
    ),
    (
        "research.evaluation",
        2,
        "We compared against a ResNet with default settings, since tuning the baseline wasn't "
        "worth the time when ours was already tuned well.",
        "baselines",
    ),
    (
        "research.results_significance",
        3,
        "Our result is state of the art; it beats every published triage model, so it's clearly "
        "a breakthrough for the field.",
        "context",
    ),
    (
        "research.results_significance",
        4,
        "Because it worked in two hospitals, it will work in any hospital and on children too, "
        "so there's no need to test it further.",
        "scope",
    ),
    (
        "research.results_significance",
        1,
        "Beyond the number it didn't really teach us anything; the model was better, and that's "
        "all that mattered.",
        "insight",
    ),
    (
        "research.limitations",
        0,
        "Honestly it doesn't really fail anywhere; it's under 10 percent word error on every "
        "kind of call we tried.",
        "failure-case",
    ),
    (
        "research.limitations",
        1,
        "The failures were down to customers calling from noisy streets, so the problem is "
        "really on their side rather than in the model.",
        "cause",
    ),
    (
        "research.limitations",
        5,
        "Since it's accurate on average, I'd use its transcripts everywhere without any "
        "safeguard; the occasional garbled call is fine.",
        "consequence",
    ),
    (
        "research.next_steps",
        1,
        "I wouldn't bother with a hypothesis; I'd just try lots of things on the long tail and "
        "see what sticks.",
        "hypothesis",
    ),
    (
        "research.next_steps",
        3,
        "Even if the test showed little gain, I'd keep pushing the same idea, since I'm "
        "confident it's right and it just needs more tuning.",
        "decision-rule",
    ),
    (
        "research.next_steps",
        2,
        "I'd skip small experiments and go straight to a full rebuild with a bigger model, "
        "judging success once it's live.",
        "experiment",
    ),
    (
        "research.next_steps",
        4,
        "I'd work on whichever ideas seemed most interesting to me, in any order, since they all matter.",
        "prioritize",
    ),
    (
        "research.surprise_negative",
        2,
        "I trusted the numbers straight away; rerunning it or checking for bugs would have been "
        "a waste of time.",
        "ruled-out-bugs",
    ),
    (
        "research.surprise_negative",
        4,
        "We kept it quiet, since a negative result doesn't look good, and just moved on to the next idea.",
        "what-changed",
    ),
    (
        "research.surprise_negative",
        3,
        "It didn't work because the data team gave us bad satellite data; there wasn't anything "
        "more to learn from it.",
        "explanation",
    ),
    (
        "research.choosing_problems",
        0,
        "I mostly pick whatever topic is hottest at the big conferences, since that's what gets "
        "papers accepted and gets you noticed.",
        "importance",
    ),
    (
        "research.choosing_problems",
        4,
        "I've never dropped a project; once I start something I see it through no matter what "
        "the pilot shows.",
        "stopped",
    ),
    (
        "research.choosing_problems",
        3,
        "I don't set checkpoints; I commit for the full year and judge the project at the end.",
        "checkpoint",
    ),
    (
        "research.reproducibility",
        0,
        "One run is enough if you fix the random seed, since that makes the result fully reproducible.",
        "seeds",
    ),
    (
        "research.reproducibility",
        4,
        "We picked the best checkpoint by its test-set score, since that's the number we report anyway.",
        "splits",
    ),
    (
        "research.reproducibility",
        1,
        "Our model got a big hyperparameter sweep, while the baselines ran with their default "
        "settings, which is standard practice.",
        "fair-baselines",
    ),
    (
        "research.paper_critique",
        3,
        "It had no real weaknesses; the results were so strong that the evaluation was beyond question.",
        "weakness",
    ),
    (
        "research.paper_critique",
        4,
        "To test it properly I would just rerun their exact benchmark with the same seed and "
        "check that I get their number.",
        "better-test",
    ),
    (
        "research.paper_critique",
        1,
        "I picked it mainly because it was from a famous lab and everyone on Twitter was talking about it.",
        "why-chosen",
    ),
    # Phone screen (session 32's hostile round): a motive, a fact or a plan said wrong,
    # in a strong answer unlike the model answer's, with right sentences worded near it.
    (
        "phone.why_anthropic",
        0,
        "Honestly, what draws me most is that Anthropic pays at the very top of the market and "
        "the name would look great on my resume.",
        "mission",
    ),
    (
        "phone.why_anthropic",
        1,
        "I've read the Responsible Scaling Policy, which commits Anthropic to pausing all AI "
        "research until every model is proven completely safe.",
        "specific-work",
    ),
    (
        "phone.why_anthropic",
        2,
        "I think safety research works best on small toy models, because frontier models are "
        "too big to study and the failure modes are the same at every scale.",
        "frontier-safety",
    ),
    (
        "phone.background",
        1,
        "The project I'm proudest of was the grasp predictor, though honestly the team did all "
        "of it and we never really measured what it changed.",
        "key-project",
    ),
    (
        "phone.background",
        3,
        "The common thread is that I always chase whatever the newest, flashiest model is, and "
        "reliability was somebody else's job.",
        "common-thread",
    ),
    (
        "phone.background",
        4,
        "Honestly I'm mostly applying because this is the most prestigious lab right now and "
        "the pay is better than where I am.",
        "why-next",
    ),
    (
        "phone.motivation_role",
        2,
        "Why now is mostly that my manager and I don't get along, and the team there has been "
        "badly run for a year.",
        "why-now",
    ),
    (
        "phone.motivation_role",
        4,
        "Honestly, the main draw is the equity; if it goes the way people expect, I could "
        "retire in five years.",
        "impact-motive",
    ),
    (
        "phone.motivation_role",
        1,
        "I haven't built anything like that myself, but I'm a fast learner and I'm sure I could "
        "pick it up on the job.",
        "relevant-experience",
    ),
    (
        "phone.research_knowledge",
        2,
        "Constitutional AI means the model is trained only on human preference labels, with "
        "people rating every response against the constitution.",
        "constitutional",
    ),
    (
        "phone.research_knowledge",
        5,
        "The Responsible Scaling Policy is a hard cap on model size: Anthropic simply won't "
        "train anything above a fixed parameter count.",
        "rsp",
    ),
    (
        "phone.research_knowledge",
        4,
        "The alignment-faking study was the one where researchers deliberately trained a "
        "backdoor into the model to see whether safety training removes it.",
        "alignment-faking",
    ),
    (
        "phone.logistics",
        1,
        "I'd rather not say anything about other companies; if I get a better offer somewhere "
        "I'll just take it.",
        "other-processes",
    ),
    (
        "phone.logistics",
        3,
        "I'd rather not get into my visa situation until there's an offer on the table.",
        "authorization",
    ),
    (
        "phone.logistics",
        2,
        "I'd only consider it fully remote; I won't come into an office or relocate.",
        "location",
    ),
    (
        "phone.compensation",
        3,
        "To be honest, I'm going wherever pays the most, so I'll need you to beat my other "
        "offer by a good margin.",
        "fair-not-max",
    ),
    (
        "phone.compensation",
        1,
        "I'd rather not share any number at all; you tell me what you'll pay and I'll decide.",
        "range-or-band",
    ),
    (
        "phone.compensation",
        2,
        "Base salary is the only thing I look at; equity and benefits don't matter to me.",
        "whole-package",
    ),
    (
        "phone.compensation",
        0,
        "I haven't really looked into what these roles pay; I just picked a number that sounded good.",
        "researched",
    ),
    (
        "phone.compensation",
        4,
        "If the number isn't right on the first offer, I'll just walk away; I don't negotiate.",
        "confident-close",
    ),
    (
        "phone.next_team",
        1,
        "I work best alone; I'd rather not have people reviewing my code or arguing with my ideas.",
        "learn-from-peers",
    ),
    (
        "phone.next_team",
        2,
        "I'd like someone to hand me well-defined tickets, so I don't have to decide what to "
        "work on or measure the results.",
        "ownership",
    ),
    (
        "phone.next_team",
        3,
        "I do best where the senior people make the calls and everyone else follows them without debate.",
        "direct-culture",
    ),
    (
        "phone.questions_for_us",
        1,
        "How soon after joining could I get promoted, and how big is the annual bonus?",
        "success",
    ),
    (
        "phone.questions_for_us",
        0,
        "I assume safety is mostly handled by a separate compliance team, so it won't really "
        "affect what I build, right?",
        "safety-approach",
    ),
    (
        "phone.questions_for_us",
        4,
        "Nothing else from me; I'm sure I'll hear from someone eventually.",
        "next-steps",
    ),
    (
        "phone.safety_views",
        3,
        "I think we should ship the most capable models as fast as we can and add safeguards "
        "later once problems show up.",
        "scaling-safeguards",
    ),
    (
        "phone.safety_views",
        4,
        "Honestly I think safety is mostly unsolvable; no amount of research will let us "
        "control these systems, so it's more about PR.",
        "tractable",
    ),
    (
        "phone.safety_views",
        2,
        "The triage incident was really the data team's fault for giving us a bad validation "
        "set, so it didn't change much about how I work.",
        "personal-experience",
    ),
    # Behavioral (session 32's hostile round): a warning sign in a true story unlike the model
    # answer's; right sentences are details that sound negative and are fine.
    (
        "beh.safety_concern",
        4,
        "When the product owner wanted to launch anyway, I went straight to the CEO and the "
        "clinics' medical directors without telling my lead, because I knew he would try to "
        "stop me.",
        "escalation",
    ),
    (
        "beh.safety_concern",
        3,
        "I told them that any risk at all to a patient is a blocker, so we couldn't launch "
        "anything until every possible issue, cosmetic ones included, was fixed.",
        "weigh-harms",
    ),
    (
        "beh.safety_concern",
        1,
        "It wasn't my launch, so I mentioned it in a comment on the ticket and assumed the "
        "product owner would deal with it.",
        "task",
    ),
    (
        "beh.technical_disagreement",
        2,
        "I didn't really need to hear her reasoning, since I had more experience with "
        "manipulation, so I laid out why the planner was obviously better.",
        "understand-other-side",
    ),
    (
        "beh.technical_disagreement",
        5,
        "I made it clear that if her policy won, I'd still keep working on the planner on the "
        "side, since I was sure it would prove itself eventually.",
        "commit",
    ),
    (
        "beh.technical_disagreement",
        4,
        "In the end I went to our PI, who sided with me because I had been in the lab longer, "
        "and that settled it.",
        "evidence",
    ),
    (
        "beh.failure",
        2,
        "Honestly, the real problem was the data team, who never told us the chargeback labels "
        "arrive late, so there was not much I could have done.",
        "ownership",
    ),
    (
        "beh.failure",
        3,
        "I didn't want to alarm the committee, so I kept working quietly for the last three "
        "weeks hoping I could fix it before anyone noticed.",
        # Hiding it is a warning sign, charged to the point it breaks: owning the failure openly.
        "ownership",
    ),
    (
        "beh.failure",
        6,
        "The lesson I took is that fraud data is just messy and deadlines in banking are unrealistic.",
        "reflection",
    ),
    (
        "beh.ambiguity",
        2,
        "Since nobody had defined the goal, I waited for the steering committee to write a "
        "proper spec before starting anything, so I wouldn't waste effort.",
        "initiative",
    ),
    (
        "beh.ambiguity",
        3,
        "I kept my assumptions to myself and built the full system first, because showing "
        "stakeholders a half-formed idea just invites endless debate.",
        "assumptions",
    ),
    (
        "beh.ambiguity",
        6,
        "What I learned is that vague requests are management's failure, and I now refuse to "
        "start until someone gives me a clear spec.",
        "reflection",
    ),
    (
        "beh.deadline_prioritization",
        3,
        "To hit the date, I cut the distraction testing and the rollback path, since those "
        "could be added in the next update and customers would never notice.",
        "non-negotiables",
    ),
    (
        "beh.deadline_prioritization",
        4,
        "I kept the cuts within the team until the freeze, because telling product early would "
        "have just caused panic.",
        "communicate",
    ),
    (
        "beh.deadline_prioritization",
        2,
        "I just asked everyone to work weekends so we could finish everything, since cutting "
        "scope felt like giving up.",
        "action",
    ),
    (
        "beh.hard_feedback",
        2,
        "I explained to my manager that the feedback was unfair, since those juniors' ideas "
        "really weren't ready, and she eventually agreed it was a misunderstanding.",
        "not-defensive",
    ),
    (
        "beh.hard_feedback",
        3,
        "I didn't need examples, since I got the general idea, so I just resolved to be nicer in meetings.",
        "specifics",
    ),
    (
        "beh.hard_feedback",
        7,
        "The lesson I took is that 360 reviews mostly reflect office politics, so I don't put "
        "too much weight on them.",
        "reflection",
    ),
    (
        "beh.influence",
        4,
        "I told them plainly that my team needed the labels for our model metrics this quarter, "
        "and that should be reason enough.",
        "their-incentives",
    ),
    (
        "beh.influence",
        1,
        "Since they wouldn't listen to me, my plan was to get head office to order them to fill "
        "in the field.",
        "task",
    ),
    (
        "beh.influence",
        3,
        "I sent them a guide to the outcome field and left it to each office to find the time to fill it in.",
        "make-it-easy",
    ),
    (
        "beh.production_mistake",
        2,
        "Since I could fix it quickly, I pushed the correction myself without mentioning it to "
        "anyone, so it wouldn't turn into a big incident.",
        "transparency",
    ),
    (
        "beh.production_mistake",
        4,
        "Once the threshold was fixed, I was just extra careful with my own configs from then "
        "on, which was enough.",
        "prevention",
    ),
    (
        "beh.production_mistake",
        1,
        "Honestly, the reviewer should have caught the typo, so it was really a gap in their "
        "review rather than my mistake.",
        "task",
    ),
    (
        "beh.mentoring",
        3,
        "Whenever she got stuck, I just fixed the bug for her, because it was faster and she "
        "could learn by reading my changes.",
        "build-judgment",
    ),
    (
        "beh.mentoring",
        4,
        "I used the same structured curriculum I give every new hire and kept our twice-weekly "
        "meetings the whole time, since consistency matters most.",
        "adapt",
    ),
    (
        "beh.mentoring",
        6,
        "What I learned is that some people just aren't cut out for machine learning, and it's "
        "better to spot that early.",
        "reflection",
    ),
    (
        "beh.ship_vs_right",
        2,
        "I treated every open issue the same way, since a bug is a bug, and pushed to fix all "
        "of them before launch.",
        "reversibility",
    ),
    (
        "beh.ship_vs_right",
        4,
        "So we launched to all visitors on the date and planned to add monitoring once we saw "
        "how customers used it.",
        "mitigate",
    ),
    (
        "beh.ship_vs_right",
        3,
        "The rate questions were still failing tests, but the campaign was already paid for, so "
        "we launched to everyone and fixed issues as complaints came in.",
        "reversibility",
    ),
    (
        "beh.changed_mind",
        4,
        "I quietly dropped the controller redesign and switched to the timing fix without "
        "making a big deal about having been wrong.",
        "admit-openly",
    ),
    (
        "beh.changed_mind",
        3,
        "What changed my mind was that our professor sided with the labmate, and I figured he "
        "knew better than me.",
        "evidence-not-authority",
    ),
    (
        # A warning sign ("just bad luck") that a point's own marked version says is read against
        # that point, not the one on testing a belief that sits nearer it.
        "beh.changed_mind",
        6,
        "I still think I'm usually right about these things; this one was just bad luck with the sensors.",
        "hold-loosely",
    ),
    (
        "beh.values_conflict",
        3,
        "I told my manager I refused to build anything that targeted vulnerable users and that "
        "he'd need to find someone else if the project went ahead.",
        "constructive",
    ),
    (
        "beh.values_conflict",
        4,
        "In the end it wasn't my decision to make, so I would have built whatever they decided; "
        "that's what I'm paid for.",
        "own-line",
    ),
    (
        "beh.values_conflict",
        2,
        "I didn't bother measuring anything, since the harm was obvious, so I just told "
        "everyone the model was unethical.",
        "action",
    ),
    (
        "beh.explain_complex",
        2,
        "I started with how the model works, walking them through the features, the "
        "gradient-boosted trees and the ROC curve, so they'd understand it properly.",
        "audience-first",
    ),
    (
        "beh.explain_complex",
        4,
        "They nodded along and had no questions, so I took that as a sign they had understood.",
        "check-understanding",
    ),
    (
        "beh.explain_complex",
        3,
        "To keep it simple, I told them the model was ninety-five percent accurate, so they "
        "could trust nearly every alert.",
        "task",
    ),
    (
        "beh.beyond_role",
        4,
        "I didn't loop in the tools team, since they'd have slowed it down, and just pushed the "
        "fix to their repository over a weekend.",
        "collaborate",
    ),
    (
        "beh.beyond_role",
        2,
        "I put my own model work on hold for a month to focus on it, since this was clearly more important.",
        "own-work-first",
    ),
    (
        "beh.beyond_role",
        1,
        "It wasn't my job, but I saw it as a chance to get noticed by leadership before promotion season.",
        "task",
    ),
    (
        "beh.beyond_role",
        2,
        "I didn't mention it to my manager until it was done, so I could surprise everyone with the result.",
        "own-work-first",
    ),
    (
        "beh.team_norms",
        2,
        "In my first week I told them their process was reckless and that they needed written "
        "approvals like any serious company.",
        "curiosity",
    ),
    (
        "beh.team_norms",
        4,
        "In my first week I rolled out a formal approval process for any code going to the "
        "robots, since I had seen it work at the bank.",
        "earn-trust",
    ),
    (
        "beh.team_norms",
        3,
        "I kept working the way I always had, writing long documents and waiting for approvals, "
        "and let the team adjust to me.",
        "action",
    ),
    (
        "beh.misuse_risk",
        2,
        "I figured we'd learn about real misuse from user reports after launch, which is more "
        "reliable than guessing ahead of time.",
        "proactive",
    ),
    (
        "beh.misuse_risk",
        4,
        "Since any misuse could be serious, I argued we should cancel the feature entirely "
        "rather than risk it.",
        "proportionate",
    ),
    (
        "beh.misuse_risk",
        3,
        "I added a watermark on the generated audio, which completely eliminates the risk of impersonation.",
        "action",
    ),
]

RIGHT = [
    # The same words denied, set against the other case, or reported of others as a mistake.
    (
        "ml.bias_variance",
        6,
        "I wouldn't regularize an underfitting model more; I'd give it more capacity instead.",
    ),
    (
        "ml.bias_variance",
        6,
        "If it overfits, I'd regularize the model more; if it underfits, I'd add capacity.",
    ),
    (
        "ml.bias_variance",
        6,
        "People often regularize an underfitting model more, which only makes the bias worse.",
    ),
    ("ml.bias_variance", 6, "People often collect more data for a high-bias model, which only wastes time."),
    # The other case named at the start: a bigger model is right for underfitting, though the
    # variance point's version marks it (and its example now speaks of overfitting).
    (
        "ml.bias_variance",
        6,
        "When a model underfits, more data won't help; I'd use a bigger model or better features.",
    ),
    ("ml.bias_variance", 6, "When a model underfits, I'd use a bigger model or better features."),
    # The other case named inside the clause with the marked words, not at its start.
    (
        "ml.bias_variance",
        6,
        "Rather than a bigger model, I would regularize an overfitting model or get more data.",
    ),
    (
        "ml.bias_variance",
        6,
        "I'd regularize an overfitting model, and give an underfitting one more capacity.",
    ),
    (
        "ml.bias_variance",
        5,
        "For an overfitting model, get more data or regularize; a bigger model makes it worse.",
    ),
    # Two directions turned ("smaller", "longer" for "larger", "fewer tokens"): words cannot
    # count them, so the point is not read as turned round.
    (
        "nlp.vocab_size",
        4,
        "A smaller vocabulary makes sequences longer, since words get split into more pieces, and the "
        "model spends capacity gluing them back together.",
    ),
    # What follows "rather than <term>," is said of the term before it, not of the denied one.
    (
        "stats.multiple_comparisons",
        3,
        "Bonferroni controls the family-wise error rate, the chance of any false positive, rather than "
        "the false discovery rate, by dividing alpha by the number of tests.",
    ),
    (
        "stats.multiple_comparisons",
        3,
        "Bonferroni controls the family-wise error rate rather than the false discovery rate, by "
        "testing each metric at alpha divided by the number of tests.",
    ),
    # Calling a practice by the name of a bad one judges it.
    (
        "stats.multiple_comparisons",
        5,
        "Before the experiment, I would choose the primary metric based on the goal, since picking the "
        "one that moved the most afterwards is cherry-picking.",
    ),
    # Every expert held in memory is the point made (a mark on "need to be in memory" read it wrong).
    (
        "dl.mixture_of_experts",
        2,
        "All the experts need to be in memory, so weight memory is that of a dense model with the same "
        "total parameters.",
    ),
    (
        "ml.class_imbalance",
        0,
        "Accuracy is a good metric only when the classes are balanced, which they are not here, so I'd "
        "use precision-recall curves.",
    ),
    (
        "ml.class_imbalance",
        0,
        "Plain accuracy is the right metric for balanced classes, but at one in a thousand it is "
        "meaningless.",
    ),
    (
        "ml.class_imbalance",
        1,
        "Instead of keeping the threshold at 0.5, I'd pick it from the costs of misses and false alarms.",
    ),
    (
        "ml.class_imbalance",
        4,
        "Never resample before splitting; only the training split gets resampled, so the test set keeps "
        "the true ratio.",
    ),
    ("ml.class_imbalance", 4, "Don't balance the test set: it should keep the real class ratio."),
    (
        "ml.class_imbalance",
        4,
        "Undersampling does distort the probabilities, so it is wrong to think it doesn't change the "
        "predicted probabilities; I'd recalibrate.",
    ),
    ("llm.rlhf", 4, "GRPO needs no critic, unlike PPO, which trains a value network next to the policy."),
    (
        "llm.rlhf",
        3,
        "Without the KL penalty the policy would drift as far from the reference as it likes to exploit "
        "the reward model.",
    ),
    ("llm.rlhf", 5, "Reward hacking is not a concern you can ignore: a bigger reward model only delays it."),
    (
        "dl.dropout",
        0,
        "The mask is not drawn once and reused: each step samples a new one, so different units are dropped.",
    ),
    (
        "dl.dropout",
        4,
        "Small models trained on little data need more dropout, while big pretrained models use little "
        "or none.",
    ),
    (
        "dl.optimizers",
        2,
        "Adam divides rather than multiplies each step by the root of the running average of squared "
        "gradients, so big gradients are damped.",
    ),
    (
        "dl.optimizers",
        4,
        "People assume Adam needs no extra memory, but it keeps two running averages per weight.",
    ),
    (
        "ml.cross_validation",
        4,
        "Rows from the same patient must never be split across folds, or the model memorizes patients.",
    ),
    (
        "ml.cross_validation",
        4,
        "If one patient's rows were spread across different folds, the score would be too optimistic, so I "
        "use group k-fold.",
    ),
    (
        "ml.cross_validation",
        5,
        "For time series I never shuffle before splitting; each validation fold comes after its training "
        "data.",
    ),
    (
        "ml.cross_validation",
        5,
        "Don't shuffle the data before splitting a time series: validate on the period after training.",
    ),
    (
        "ml.boosting_vs_random_forest",
        2,
        "It is a myth that too many trees make a random forest overfit; the error just plateaus.",
    ),
    (
        "ml.boosting_vs_random_forest",
        2,
        "Unlike boosting, where too many rounds overfit, adding trees to a forest only levels the error off.",
    ),
    (
        "ml.boosting_vs_random_forest",
        6,
        "Boosting rounds cannot be trained in parallel, though XGBoost parallelizes the split search "
        "inside each tree.",
    ),
    (
        "ml.boosting_vs_random_forest",
        4,
        "Bagging mostly reduces variance, while boosting mainly reduces bias.",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference it does not use the statistics of the test batch; it uses running averages collected "
        "during training.",
    ),
    (
        "dl.batch_norm",
        3,
        "It does not slow training down; it makes optimization faster and tolerates higher learning rates.",
    ),
    (
        "dl.residual_connections",
        2,
        "Deep plain networks do worse not because they overfit but because they are harder to optimize: "
        "their training error is higher.",
    ),
    (
        "dl.residual_connections",
        3,
        "A residual block adds its input to its output rather than concatenating it, so each layer learns a "
        "change to the identity.",
    ),
    (
        "stats.central_limit_theorem",
        0,
        "The CLT does not say the data become normal; it says the mean of many independent draws is "
        "approximately normal.",
    ),
    (
        "stats.central_limit_theorem",
        1,
        "The data don't need to be normal: the mean is approximately normal whatever the distribution, as "
        "long as the variance is finite.",
    ),
    (
        "ml.data_leakage",
        1,
        "A field recorded after the outcome is not a usable feature, even if it is in the historical data.",
    ),
    (
        "nlp.kv_cache",
        3,
        "Cache memory grows linearly with context length, not quadratically like the attention matrix, and "
        "for long contexts it can exceed the weights.",
    ),
    (
        "nlp.kv_cache",
        4,
        "Decoding is not compute-bound: every step reads the whole cache and the weights, so memory "
        "bandwidth limits it.",
    ),
    (
        "dl.mixed_precision",
        2,
        "The optimizer does not update float16 weights directly: a float32 master copy takes the updates, "
        "because tiny updates would round away in 16 bits.",
    ),
    (
        "dl.mixed_precision",
        4,
        "Bfloat16 has fewer mantissa bits than float16, so it is less precise but keeps float32's range.",
    ),
    (
        "dl.optimizers",
        4,
        "SGD needs no extra memory beyond the weights, while Adam keeps two states per parameter, and tuned "
        "SGD sometimes generalizes better.",
    ),
    (
        "dl.optimizers",
        4,
        "Plain SGD stores no optimizer state, whereas Adam stores two extra values per parameter.",
    ),
    (
        "dl.batch_norm",
        3,
        "Without batch norm you would need a smaller learning rate; with it, training is faster and more "
        "stable.",
    ),
    (
        "dl.batch_norm",
        3,
        "People think it forces you to use a smaller learning rate, but it actually lets you use a higher "
        "one.",
    ),
    (
        "dl.residual_connections",
        3,
        "A residual block outputs its input plus a learned correction; DenseNet instead concatenates each "
        "block's input with its output.",
    ),
    (
        "dl.residual_connections",
        3,
        "Unlike DenseNet, which concatenates features, a residual block adds its input to a learned "
        "correction.",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard error is not just the standard deviation of the data: it shrinks like sigma over the "
        "square root of n.",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard deviation of the data stays the same as the sample grows, but the standard error "
        "shrinks like sigma over root n.",
    ),
    (
        "dl.mixed_precision",
        3,
        "Float16 gradients can underflow, so loss scaling multiplies the loss before backprop and divides "
        "the gradients by the same factor afterwards.",
    ),
    (
        "dl.mixed_precision",
        3,
        "Small float16 gradients underflow, so the loss is scaled up; if the scaled gradients overflow, the "
        "scale is cut and the step skipped.",
    ),
    (
        "ml.data_leakage",
        1,
        "Target leakage is a feature recorded after the outcome, which looks fine in historical data but is "
        "missing at prediction time.",
    ),
    (
        "ml.data_leakage",
        2,
        "Fitting the scaler on the whole dataset before splitting is not fine, even though it never sees the "
        "labels: test statistics leak into training.",
    ),
    (
        "nlp.lora_fine_tuning",
        2,
        "LoRA does not change the pretrained matrices at all; it trains two small matrices whose product is "
        "added to them.",
    ),
    (
        "nlp.lora_fine_tuning",
        5,
        "Unlike an adapter layer that stays in the network, the LoRA product can be merged, so there's no "
        "extra latency.",
    ),
    (
        "nlp.lora_fine_tuning",
        6,
        "QLoRA quantizes the frozen base to 4-bit, and the adapters themselves stay in 16-bit.",
    ),
    (
        "nlp.lora_fine_tuning",
        7,
        "LoRA doesn't always match full fine-tuning; when the task is far from pretraining and data is "
        "plentiful, full fine-tuning can win.",
    ),
    (
        "nlp.lora_fine_tuning",
        0,
        "LoRA needs about the same memory as inference for the frozen weights, plus a little for the "
        "adapters and their optimizer states.",
    ),
    (
        "nlp.lora_fine_tuning",
        2,
        "SVD-based compression factorizes the pretrained weight matrices once, which is a different "
        "technique from LoRA's learned update.",
    ),
    (
        "nlp.lora_fine_tuning",
        4,
        "LoRA has its own dropout on the adapter input, and alpha is a separate scaling factor divided by "
        "the rank.",
    ),
    (
        "nlp.lora_fine_tuning",
        5,
        "If you serve many tasks you can keep the adapters unmerged and swap them per request, which adds "
        "some latency.",
    ),
    (
        "nlp.lora_fine_tuning",
        7,
        "LoRA does not match full fine-tuning on every task; with lots of data far from pretraining, full "
        "fine-tuning wins.",
    ),
    (
        "nlp.decoding_strategies",
        0,
        "Greedy decoding never samples: it always takes the single most likely token, so two runs give the "
        "same output.",
    ),
    (
        "nlp.decoding_strategies",
        3,
        "Unlike top-p, top-k does not look at the probability mass; it keeps exactly k tokens.",
    ),
    (
        "nlp.decoding_strategies",
        4,
        "Top-p does not keep a fixed number of tokens; it keeps as many as it takes to reach mass p.",
    ),
    (
        "nlp.decoding_strategies",
        1,
        "Beam search is not a good fit for stories because it makes text bland; sampling gives more "
        "diversity.",
    ),
    (
        "nlp.decoding_strategies",
        0,
        "Greedy decoding is not random: it always takes the single most likely token, so it can loop.",
    ),
    (
        "nlp.decoding_strategies",
        3,
        "Sampling picks randomly among the top few tokens, whereas greedy decoding always takes the argmax.",
    ),
    (
        "ml.probability_calibration",
        1,
        "A high AUC does not mean the model is calibrated: AUC only measures ranking.",
    ),
    (
        "ml.probability_calibration",
        5,
        "Fitting the calibrator on the training predictions would be a mistake, since those scores are "
        "overconfident; I use a held-out split.",
    ),
    (
        "ml.probability_calibration",
        0,
        "Calibration is not about accuracy: it asks whether predicted probabilities match observed "
        "frequencies.",
    ),
    (
        "ml.probability_calibration",
        6,
        "Platt scaling fits a sigmoid, isotonic regression a monotone map; temperature scaling divides the "
        "logits by one constant and never changes which class is predicted.",
    ),
    (
        "ml.probability_calibration",
        4,
        "Deep networks are rarely underconfident; the usual problem is overconfidence after long training.",
    ),
    (
        "ml.probability_calibration",
        4,
        "Label smoothing can leave a network slightly underconfident, while plain cross-entropy training "
        "usually makes it overconfident.",
    ),
    (
        "dl.layer_norm",
        1,
        "Unlike batch norm, layer norm keeps no running averages, since each token's statistics come from "
        "the token itself.",
    ),
    ("dl.layer_norm", 4, "RMSNorm does not subtract the mean; it only divides by the root mean square."),
    (
        "dl.layer_norm",
        3,
        "Post-norm deep transformers are harder to train; pre-norm keeps a clean residual path and is more "
        "stable.",
    ),
    (
        "dl.layer_norm",
        3,
        "Pre-norm versus post-norm is not a cosmetic choice: pre-norm keeps a clean residual path and "
        "trains deep stacks more stably.",
    ),
    (
        "dl.layer_norm",
        2,
        "Layer norm is not used because it regularizes more strongly; it is used because it does not depend "
        "on the batch, which suits variable-length sequences.",
    ),
    (
        "ml.feature_scaling",
        4,
        "Unlike k-NN, tree models don't need standardised inputs, because a split threshold just moves with "
        "the feature.",
    ),
    (
        "ml.feature_scaling",
        7,
        "Fitting the scaler on all the data before the split would leak test statistics, so I fit it on the "
        "training split only.",
    ),
    (
        "ml.feature_scaling",
        6,
        "Min-max scaling is not robust to outliers; robust scaling with the median and IQR is.",
    ),
    (
        "ml.feature_scaling",
        4,
        "Trees don't need standardised features, but k-NN and k-means do, because they compare distances.",
    ),
    (
        "ml.feature_scaling",
        3,
        "Adam makes gradient descent less sensitive to feature scale, but standardising still speeds up "
        "convergence.",
    ),
    (
        "ml.feature_scaling",
        6,
        "Min-max scaling is fine without outliers; with them, robust scaling with the median and IQR is the "
        "robust choice.",
    ),
    (
        "ml.feature_scaling",
        0,
        "Distance-based methods like k-NN don't work well on raw features with different units, since the "
        "largest range dominates.",
    ),
    (
        "nlp.tokenization",
        2,
        "BPE does not start from whole words; it starts from characters and merges the most frequent pairs.",
    ),
    (
        "nlp.tokenization",
        3,
        "Byte-level tokenizers never need an unknown token, because every string is a sequence of bytes.",
    ),
    (
        "nlp.tokenization",
        1,
        "Character-level tokenization gives very long sequences, and word-level vocabularies still miss "
        "rare words.",
    ),
    (
        "nlp.tokenization",
        4,
        "Translating a prompt into another language can change its cost a lot, because some languages need "
        "several times more tokens.",
    ),
    (
        "ml.kmeans_clustering",
        2,
        "K-means does not find the global optimum; each step lowers the objective but it stops at a local "
        "minimum.",
    ),
    (
        "ml.kmeans_clustering",
        6,
        "Picking the k with the lowest inertia would just pick the largest k, so I use the elbow or "
        "silhouette.",
    ),
    (
        "ml.kmeans_clustering",
        4,
        "K-means is not good with ring-shaped clusters; DBSCAN or spectral clustering handle them.",
    ),
    (
        "ml.kmeans_clustering",
        4,
        "DBSCAN handles ring-shaped clusters, unlike k-means, which favours compact convex blobs.",
    ),
    (
        "ml.kmeans_clustering",
        5,
        "K-means is not scale invariant: it depends on feature scaling, so I standardise first.",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "A lower temperature makes the distribution sharper, and a higher temperature flattens it.",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "Temperature divides the logits: a higher temperature flattens the distribution and makes the "
        "output more random.",
    ),
    (
        "nlp.decoding_strategies",
        2,
        "People think a higher temperature sharpens the distribution, but it flattens it.",
    ),
    ("ml.pca_svd", 1, "Centring is not optional: without it the first component mostly points at the mean."),
    (
        "ml.pca_svd",
        5,
        "I drop the components with the smallest eigenvalues, since they carry the least variance.",
    ),
    (
        "ml.pca_svd",
        6,
        "Units matter for PCA: it's a rotation, but the variance it ranks by depends on the scale.",
    ),
    (
        "ml.pca_svd",
        2,
        "The eigenvectors give the directions, and the eigenvalues are the variances along them, not the "
        "angles between them.",
    ),
    ("ml.pca_svd", 5, "I drop the components with the smallest eigenvalues, since they mostly carry noise."),
    (
        "ml.pca_svd",
        5,
        "I keep the components with the largest eigenvalues until they explain 95 percent of the variance.",
    ),
    ("ml.pca_svd", 1, "Scaling is optional when all features share units, but centring is always needed."),
    (
        "ml.naive_bayes",
        1,
        "The assumption is not that features are independent of the class; it's that they're independent "
        "given the class.",
    ),
    (
        "ml.naive_bayes",
        6,
        "Its probabilities are not well calibrated: correlated words push them toward zero or one.",
    ),
    ("ml.naive_bayes", 5, "Multiplying raw probabilities would underflow, so I sum logs instead."),
    (
        "ml.naive_bayes",
        2,
        "Logistic regression needs gradient descent, but naive Bayes training is just counting frequencies.",
    ),
    (
        "ml.naive_bayes",
        2,
        "Unlike logistic regression, naive Bayes needs no gradient descent, only counts per class.",
    ),
    (
        "ml.naive_bayes",
        4,
        "Laplace smoothing doesn't remove rare words; it adds a pseudo-count to every word so none has zero "
        "probability.",
    ),
    (
        "ml.naive_bayes",
        5,
        "If I multiplied the raw probabilities directly they would underflow, so I sum logs.",
    ),
    (
        "ml.bias_variance",
        5,
        "To fix high variance, collect more data or regularize; to fix high bias, use a bigger model.",
    ),
    (
        "ml.bias_variance",
        6,
        "More data mainly helps with variance, not with bias, so for high bias I would use a bigger model.",
    ),
    (
        "ml.bias_variance",
        6,
        "Collecting more data will not fix high bias; a bigger model or better features will.",
    ),
    (
        "ml.bias_variance",
        5,
        "A bigger model would make high variance worse, so I regularize or get more data instead.",
    ),
    (
        "ml.bias_variance",
        6,
        "High bias needs more capacity, whereas high variance needs more data or regularization.",
    ),
    (
        "ml.bias_variance",
        5,
        "For high variance, bagging several models helps because averaging cancels their errors.",
    ),
    (
        "ml.bias_variance",
        6,
        "If the model has high bias, use a bigger model rather than collecting more data.",
    ),
    (
        "ml.bias_variance",
        5,
        "If the model has high variance, collecting more data helps more than a bigger model.",
    ),
    (
        "ml.bias_variance",
        6,
        "Regularizing more makes high bias worse, so I would remove regularization and add capacity.",
    ),
    (
        "ml.bias_variance",
        5,
        "With high variance I regularize more; with high bias I add capacity.",
    ),
    (
        "ml.bias_variance",
        6,
        "Underfitting is not fixed by more data: the model is too simple, so add capacity.",
    ),
    (
        "ml.overfitting",
        2,
        "More data rarely hurts: it makes memorizing the noise harder, so it is usually the best fix.",
    ),
    (
        "ml.overfitting",
        4,
        "Training for longer makes overfitting worse, so I stop once validation loss stops improving.",
    ),
    (
        "ml.overfitting",
        5,
        "A bigger model would overfit more, so I go simpler: fewer features, shallower trees.",
    ),
    (
        "ml.overfitting",
        3,
        "Dropout does not make training noisier in a harmful way; it regularizes by switching units "
        "off at random.",
    ),
    (
        "ml.overfitting",
        6,
        "Cross-validation does not prevent overfitting; it measures it and helps pick hyperparameters.",
    ),
    (
        "ml.overfitting",
        1,
        "If training and validation loss both stay high, that is underfitting, not overfitting.",
    ),
    (
        "ml.overfitting",
        5,
        "Adding features without more data makes overfitting worse, so I prune them.",
    ),
    (
        "ml.overfitting",
        2,
        "More data helps with overfitting, because memorizing the noise gets harder.",
    ),
    (
        "ml.overfitting",
        5,
        "A bigger model is not the fix for overfitting; a simpler one is.",
    ),
    (
        "ml.overfitting",
        3,
        "Removing regularization would make overfitting worse, so I keep weight decay and dropout.",
    ),
    (
        "ml.overfitting",
        4,
        "Training for more epochs until the training loss reaches zero is how you end up overfitting, "
        "so I stop early.",
    ),
    (
        "ml.overfitting",
        5,
        "With a bigger model and more features you get more capacity to memorize, so I cut features first.",
    ),
    (
        "ml.classification_metrics",
        1,
        "Precision is not about how many positives you catch; it is the share of flagged cases that "
        "are real.",
    ),
    (
        "ml.classification_metrics",
        2,
        "Recall matters when misses are expensive; for spam, where false alarms hurt, I would weigh "
        "precision.",
    ),
    (
        "ml.classification_metrics",
        3,
        "Raising the threshold usually increases precision and lowers recall.",
    ),
    (
        "ml.classification_metrics",
        3,
        "F1 is the harmonic mean, not the plain average, so it punishes a low precision or recall.",
    ),
    (
        "ml.classification_metrics",
        4,
        "The precision-recall curve plots precision against recall, while the ROC curve plots true "
        "against false positive rates.",
    ),
    (
        "ml.classification_metrics",
        5,
        "A high ROC AUC does not mean few false alarms when positives are rare, so I check the "
        "precision-recall curve.",
    ),
    (
        "ml.classification_metrics",
        4,
        "Unlike the ROC curve, the precision-recall curve plots precision against recall, so it shows "
        "the false alarms.",
    ),
    (
        "ml.classification_metrics",
        4,
        "The ROC curve does not plot precision against recall; it plots true positive rate against "
        "false positive rate.",
    ),
    (
        "ml.classification_metrics",
        3,
        "F1 is a harmonic mean rather than the simple average of precision and recall.",
    ),
    (
        "ml.classification_metrics",
        1,
        "Precision asks what share of the flagged cases are real, and recall what share of the real "
        "cases you catch.",
    ),
    (
        "ml.classification_metrics",
        5,
        "A precision-recall curve adds a lot under imbalance, because ROC AUC hides the false alarms.",
    ),
    (
        "ml.classification_metrics",
        2,
        "Recall is the share of actual positives that the model catches, which matters when misses are"
        " costly.",
    ),
    (
        "dl.dropout",
        3,
        "You do not keep dropping units at test time unless you want Monte Carlo dropout for uncertainty.",
    ),
    (
        "dl.dropout",
        4,
        "Large models rarely need much dropout in pretraining, since each example is seen once.",
    ),
    (
        "dl.dropout",
        0,
        "It does not drop training examples; it zeroes activations, with a fresh mask every step.",
    ),
    (
        "dl.dropout",
        3,
        "Without inverted scaling you would multiply by the keep probability at test time; with it, "
        "inference needs no change.",
    ),
    (
        "ml.regularization_l1_l2",
        1,
        "Unlike L1, L2 does not zero weights out; it shrinks them all smoothly.",
    ),
    (
        "ml.regularization_l1_l2",
        2,
        "L1 does not shrink everything smoothly the way L2 does: it sets many weights to exactly zero.",
    ),
    (
        "ml.regularization_l1_l2",
        3,
        "The L1 gradient does not shrink as a weight nears zero, unlike the L2 gradient, so weights "
        "get pushed all the way to zero.",
    ),
    (
        "ml.regularization_l1_l2",
        3,
        "L2's constraint region is a circle without corners, while L1's is a diamond with corners on "
        "the axes.",
    ),
    (
        "ml.regularization_l1_l2",
        4,
        "L1 is not a Gaussian prior; it corresponds to a Laplace prior, and L2 to a Gaussian one.",
    ),
    (
        "ml.regularization_l1_l2",
        5,
        "Picking lambda by the lowest training loss would just choose no regularization, so I cross-"
        "validate it.",
    ),
    (
        "ml.regularization_l1_l2",
        0,
        "A larger lambda pulls the weights down harder and gives the model less freedom to fit.",
    ),
    (
        "ml.regularization_l1_l2",
        2,
        "L2 spreads the weight evenly across correlated features, while L1 tends to pick one of them.",
    ),
    (
        "ml.regularization_l1_l2",
        3,
        "L1's constraint region is a diamond with corners on the axes, which is why it gives exact zeros.",
    ),
    (
        "ml.regularization_l1_l2",
        2,
        "With correlated features, elastic net keeps them together, whereas plain L1 picks one arbitrarily.",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference it does not use the current batch's statistics; it uses the running averages "
        "from training.",
    ),
    (
        "dl.batch_norm",
        3,
        "It does not force a smaller learning rate; if anything you can raise it.",
    ),
    (
        "dl.batch_norm",
        5,
        "Batch norm does not work well with tiny batches, because the statistics get noisy, so "
        "transformers use layer norm.",
    ),
    (
        "dl.batch_norm",
        1,
        "Gamma and beta are learned parameters, not the running mean and variance, which are just tracked.",
    ),
    (
        "dl.batch_norm",
        2,
        "Unlike training, where it uses the statistics of the current batch, at inference it uses "
        "running averages.",
    ),
    (
        "dl.batch_norm",
        2,
        "In training it uses the statistics of the current batch; at inference it switches to the "
        "running averages.",
    ),
    (
        "dl.batch_norm",
        0,
        "Layer norm normalizes each example over its own features, while batch norm normalizes each "
        "feature over the batch.",
    ),
    (
        "dl.batch_norm",
        1,
        "The running mean and variance are tracked, not learned; gamma and beta are the learned scale "
        "and shift.",
    ),
    (
        "nlp.continuous_batching",
        2,
        "It does not make a single request faster; the win is throughput, because a fuller batch costs"
        " little more per step.",
    ),
    (
        "nlp.continuous_batching",
        6,
        "Bigger batches do not improve per-token latency; they trade it for throughput.",
    ),
    (
        "nlp.continuous_batching",
        4,
        "Without chunking, a long prefill would stall every running decode.",
    ),
    (
        "nlp.continuous_batching",
        1,
        "It is not about streaming tokens to the user; it is about scheduling at every step.",
    ),
    (
        "dl.mixture_of_experts",
        2,
        "It does not save memory: all experts must be loaded, only the compute is saved.",
    ),
    (
        "dl.mixture_of_experts",
        4,
        "Left alone the router does not balance the load; it collapses onto a few experts, hence the "
        "auxiliary loss.",
    ),
    (
        "dl.mixture_of_experts",
        5,
        "Tokens beyond an expert's capacity are not processed by it; they are dropped or passed on "
        "through the residual.",
    ),
    (
        "dl.mixture_of_experts",
        0,
        "Experts do not specialise by subject the way people expect; the router learns its own split, "
        "mostly by token patterns.",
    ),
    (
        "nlp.speculative_decoding",
        3,
        "The output is not an approximation: rejection sampling makes it exactly the target model's "
        "distribution.",
    ),
    (
        "nlp.speculative_decoding",
        5,
        "It does not pay off at large batch sizes, where decoding is nearly compute bound.",
    ),
    (
        "nlp.speculative_decoding",
        1,
        "The target does not verify the drafts one by one; it scores all of them in a single pass.",
    ),
    (
        "nlp.speculative_decoding",
        6,
        "A separate draft model is not required: Medusa heads or prompt lookup can draft instead.",
    ),
    (
        "dl.attention_kv_variants",
        3,
        "GQA keeps every query head; only the key and value heads are fewer.",
    ),
    (
        "dl.attention_kv_variants",
        4,
        "A multi-head checkpoint does not need pretraining from scratch; averaging heads and a short "
        "uptraining converts it.",
    ),
    (
        "dl.attention_kv_variants",
        5,
        "MLA is not quantization: it caches a low-rank latent and reconstructs the keys and values from it.",
    ),
    (
        "dl.training_memory",
        4,
        "Plain data parallelism does not split the memory: every GPU holds a full copy, which is why "
        "ZeRO shards it.",
    ),
    (
        "dl.training_memory",
        3,
        "Activations are not small here; at long sequence lengths they can exceed the model states.",
    ),
    (
        "dl.training_memory",
        2,
        "It is not 8 bytes per parameter: the master weights and Adam moments bring it to about 16.",
    ),
    (
        "design.llm_serving",
        1,
        "Prefill is the compute-bound phase because it processes every prompt token in parallel, while"
        " decode is limited by memory bandwidth since it rereads the weights and cache per token.",
    ),
    (
        "design.llm_serving",
        8,
        "Larger batches improve throughput and cost per token but worsen each user's per-token "
        "latency, so I would not always run the largest batch that fits in GPU memory.",
    ),
    (
        "design.llm_serving",
        4,
        "Speculative decoding lets a small draft model propose tokens that the big one verifies, so "
        "output quality is unchanged, and the speedup costs nothing in quality.",
    ),
    (
        "design.rag_assistant",
        3,
        "Permissions are not handled in the system prompt: rather than instructing the LLM, we filter "
        "out documents the user's groups cannot access before results reach it.",
    ),
    (
        "design.rag_assistant",
        7,
        "Retrieved documents come from our own company, but they are still untrusted, so the model "
        "must never follow instructions it finds inside them.",
    ),
    (
        "design.rag_assistant",
        2,
        "Dense embeddings alone are not enough, since BM25 matches exact identifiers like error codes "
        "better, and a reranker is worth its added latency.",
    ),
    (
        "design.fraud_detection",
        5,
        "I'd evaluate on a time-based split rather than a randomly shuffled one across all months, "
        "since mixing periods leaks the future, and monitor score distributions and decline rates per "
        "segment.",
    ),
    (
        "design.fraud_detection",
        2,
        "Labels are not available right away; the payment processor only learns weeks after "
        "authorization, through chargebacks, whether each payment was fraud.",
    ),
    (
        "design.fraud_detection",
        1,
        "Since fraud is so rare, I'd not optimize overall accuracy, because a model hitting 99.9 "
        "percent accuracy could still miss every single fraud.",
    ),
    (
        "design.ads_ctr",
        0,
        "Not only the ordering of ads matters in the auction, so calibration is essential; a model "
        "with a high AUC can still price the ads incorrectly.",
    ),
    (
        "design.ads_ctr",
        2,
        "After downsampling negatives, the model's outputs can't be used as-is, since subsampling "
        "inflates predicted probabilities, so we correct them back for the sampling rate.",
    ),
    (
        "design.ads_ctr",
        4,
        "Rather than retraining once a quarter on a large historical window, I'd retrain continuously,"
        " because ad campaigns change daily and fresh data matters.",
    ),
    (
        "design.experimentation_platform",
        4,
        "It's not fine to check results every day and stop as soon as the p-value drops below 0.05, "
        "unless we use a sequential test designed for that.",
    ),
    (
        "design.experimentation_platform",
        6,
        "With dozens of metrics, I wouldn't ship just because any one of them shows a significant "
        "improvement, since at 5 percent each some will by chance.",
    ),
    (
        "design.experimentation_platform",
        3,
        "For ratio metrics like clicks per session, I wouldn't treat every session as an independent "
        "observation when randomizing by user; the delta method handles that correlation.",
    ),
    (
        "design.training_data_pipeline",
        2,
        "Deduplication isn't optional at this scale, since repeated documents act like extra epochs, "
        "upweight popular content and encourage memorization.",
    ),
    (
        "design.training_data_pipeline",
        5,
        "I'd repeat the high-quality sources like books and papers for only a few epochs, since "
        "repeating good data too often starts to hurt the model.",
    ),
    (
        "design.training_data_pipeline",
        4,
        "Decontamination is needed, because even a benchmark question appearing a few times in "
        "trillions of tokens can be memorized and inflate the model's eval scores.",
    ),
    (
        "design.eta_prediction",
        0,
        "Early and late errors don't cost the business the same, so I wouldn't treat them "
        "symmetrically or simply minimize the average error in minutes.",
    ),
    (
        "design.eta_prediction",
        7,
        "I'd evaluate on later weeks rather than a random split across all orders, since mixing weeks "
        "together leaks future information, and monitor error by city.",
    ),
    (
        "design.eta_prediction",
        4,
        "I wouldn't train with plain mean squared error or report only mean absolute error, since "
        "customers care about lateness and the tail, not only the average.",
    ),
    # A wrong way named with the harm it would do, set aside for what one does (found while
    # broadening the design bank's wrong versions: both read as the mistake).
    (
        "design.eta_prediction",
        7,
        "A random split would leak future weeks into training, so I split by time.",
    ),
    (
        "design.experimentation_platform",
        1,
        "Randomizing each request independently would let a user see both versions, so I randomize by user.",
    ),
    (
        "design.anomaly_detection",
        2,
        "A fixed static threshold per metric, like alerting whenever sign-ups drop below 1,000 per "
        "minute, works poorly because it ignores daily and weekly cycles.",
    ),
    (
        "design.anomaly_detection",
        7,
        "If a metric's data stops arriving, that's not good news: no events doesn't mean no anomalies,"
        " so the detector must raise its own alert.",
    ),
    (
        "design.anomaly_detection",
        5,
        "I'd fit the baseline on history excluding past outages, since incidents aren't normal "
        "behaviour and the model shouldn't learn them, and attach recent deploys to alerts.",
    ),
    (
        "design.llm_serving",
        1,
        "Reading in the prompt keeps the GPU's arithmetic units busy, whereas token-by-token "
        "generation mostly waits on memory bandwidth.",
    ),
    (
        "design.llm_serving",
        2,
        "With continuous batching the server admits a new request the moment any sequence in the "
        "running batch completes, at each step.",
    ),
    (
        "design.llm_serving",
        4,
        "With speculative decoding the large model checks every token the draft model guesses, so the "
        "output matches what it would have produced alone.",
    ),
    (
        "design.llm_serving",
        7,
        "Abuse is handled by authentication, rate limits and safety classifiers in the request path, "
        "and the prefix cache is keyed per tenant so one customer's prompts can't be probed by "
        "another.",
    ),
    (
        "design.llm_serving",
        7,
        "Abuse is handled by authentication, rate limits and safety classifiers in the request path, "
        "and every cache stays private to a single customer.",
    ),
    (
        "design.llm_serving",
        7,
        "Abuse is handled by authentication, rate limits and safety classifiers in the request path, "
        "and each customer's cache is kept separate from everyone else's.",
    ),
    (
        "design.llm_serving",
        7,
        "Abuse is handled by authentication, rate limits and safety classifiers in the request path.",
    ),
    (
        "design.llm_serving",
        3,
        "The KV cache dominates GPU memory, so I'd allocate it in fixed-size pages as PagedAttention "
        "does to stop fragmentation and cache shared prefixes like system prompts for reuse, and a "
        "model that doesn't fit on one GPU gets tensor parallelism within a node, with more replicas "
        "for throughput.",
    ),
    (
        "design.llm_serving",
        8,
        "Packing more sequences together speeds up the whole server but makes every individual stream "
        "slower, so batch size is a real tension.",
    ),
    (
        "design.rag_assistant",
        3,
        "The safest way to keep restricted files private is to drop them from the search results for "
        "users who lack access, before the LLM sees anything.",
    ),
    (
        "design.rag_assistant",
        2,
        "Vector similarity struggles with product names and error codes, so a lexical index is added "
        "alongside it, with a reranking stage on top.",
    ),
    (
        "design.rag_assistant",
        5,
        "Scoring the retriever separately with recall at k is worth it, because it shows whether a bad"
        " answer came from search or from generation.",
    ),
    (
        "design.rag_assistant",
        4,
        "If nothing relevant is retrieved, the assistant should say it found nothing instead of "
        "answering from what the model learned in pretraining.",
    ),
    (
        "design.fraud_detection",
        1,
        "Overall accuracy is a misleading metric for the fraud model, since predicting every payment "
        "legitimate already scores above 99 percent.",
    ),
    (
        "design.fraud_detection",
        5,
        "For the test set I'd hold out the latest months rather than sampling payments at random from "
        "the whole year, since that mirrors how the model is deployed.",
    ),
    (
        "design.fraud_detection",
        2,
        "We only learn whether a payment was fraudulent weeks after it is authorized, once chargebacks"
        " come in.",
    ),
    (
        "design.fraud_detection",
        6,
        "Fraud behaviour shifts quickly as attackers test our limits with small payments, so the model"
        " needs frequent retraining.",
    ),
    (
        "design.fraud_detection",
        7,
        "We approve a small random sample of risky payments, since a payment we blocked never tells us"
        " whether it was really fraudulent.",
    ),
    (
        "design.ads_ctr",
        0,
        "The auction multiplies the predicted click rate by the bid, so its absolute value matters, "
        "not just the ranking of ads.",
    ),
    (
        "design.ads_ctr",
        2,
        "Subsampling the non-clicks inflates the predicted click rates, so a correction for the "
        "sampling rate is applied after training.",
    ),
    (
        "design.ads_ctr",
        1,
        "The main offline metric for the CTR model would be log loss normalized by the entropy of the "
        "average click rate, alongside AUC.",
    ),
    (
        "design.ads_ctr",
        4,
        "Ad campaigns change every day, so the model is refreshed continuously and new ads borrow from"
        " their advertiser's history.",
    ),
    (
        "design.ads_ctr",
        7,
        "Clicks from bots aren't genuine interest, so I'd remove them from both the training data and "
        "the advertiser bills.",
    ),
    (
        "design.experimentation_platform",
        1,
        "Each user's arm comes from a hash of their id and the experiment salt, so they see the same "
        "variant on every visit.",
    ),
    (
        "design.experimentation_platform",
        5,
        "If the arms end up with significantly different sizes than planned, that signals a bug, and "
        "the results shouldn't be used until it's found.",
    ),
    (
        "design.experimentation_platform",
        6,
        "When we track many metrics, a significant lift on a single secondary one isn't enough to "
        "launch, since some will cross five percent by chance.",
    ),
    (
        "design.training_data_pipeline",
        2,
        "Duplicated pages do real harm in pretraining, wasting compute and encouraging memorization, "
        "so removing them is worth it.",
    ),
    (
        "design.training_data_pipeline",
        4,
        "Removing benchmark overlaps from the corpus matters, since even a few copies can be memorized"
        " and inflate results.",
    ),
    (
        "design.training_data_pipeline",
        3,
        "Filtering harder for Wikipedia-style text can erase dialects and whole domains, so I audit "
        "what the classifier throws away.",
    ),
    (
        "design.training_data_pipeline",
        5,
        "Books and papers are valuable but scarce, so they are repeated only a handful of times, since"
        " overusing them leads to memorization.",
    ),
    (
        "design.training_data_pipeline",
        1,
        "Menus, footers and markup are stripped from crawled pages so that the model trains on the "
        "main text, not boilerplate.",
    ),
    (
        "design.eta_prediction",
        4,
        "Quantile loss is the right training loss here, and I'd report mean signed error and the share"
        " of orders inside the promised window.",
    ),
    (
        "design.eta_prediction",
        5,
        "The number we show changes behaviour, as customers cancel or switch restaurants, so an A/B "
        "test decides the launch, not offline accuracy alone.",
    ),
    (
        "design.eta_prediction",
        7,
        "Holding out the most recent weeks gives a more honest test set than shuffling all deliveries "
        "and holding out a random ten percent.",
    ),
    (
        "design.anomaly_detection",
        2,
        "Static per-metric limits misfire on these metrics, since hourly and weekly patterns move the "
        "normal level all day.",
    ),
    (
        "design.anomaly_detection",
        4,
        "Paging on every single series that leaves its band would flood on-call, because a small false"
        " alarm rate per series adds up across thousands.",
    ),
    (
        "design.anomaly_detection",
        5,
        "Outages should be removed from the training history of the baseline so it doesn't learn them "
        "as part of the metric's usual pattern.",
    ),
    (
        "design.anomaly_detection",
        7,
        "When a feed goes silent the detector should raise an alert of its own, since silence can hide"
        " an outage.",
    ),
    (
        "design.anomaly_detection",
        3,
        "Since labeled incidents are rare, detection is mostly unsupervised, with on-call feedback on "
        "alerts providing labels over time.",
    ),
    (
        "code.attention",
        1,
        "The division by the square root of d is there to keep the softmax from getting too sharp, so "
        "the weights do not collapse to one-hot and the gradients survive.",
    ),
    (
        "code.attention",
        3,
        "The softmax is taken over the key axis, so for each query the weights across all the keys sum"
        " to one.",
    ),
    (
        "code.attention",
        7,
        "Because the whole score matrix is materialized, time and memory grow quadratically, not "
        "linearly, with the sequence length.",
    ),
    (
        "code.softmax_cross_entropy",
        0,
        "To avoid overflow I subtract the largest logit of each row before exponentiating, so every "
        "exponent is non-positive and stays bounded.",
    ),
    (
        "code.softmax_cross_entropy",
        1,
        "The shift does not change the probabilities at all, since the constant factor cancels between"
        " numerator and denominator, so it is exact rather than an approximation.",
    ),
    (
        "code.softmax_cross_entropy",
        6,
        "The gradient of the mean loss with respect to the logits is the softmax probabilities minus "
        "the one-hot targets, scaled by one over n.",
    ),
    (
        "code.batchnorm",
        4,
        "The batch itself is normalized with the biased variance, divided by n, while the running "
        "variance receives the unbiased one, divided by n minus one.",
    ),
    (
        "code.batchnorm",
        5,
        "In inference mode I stop using the statistics of the incoming batch and rely on the stored "
        "running ones, so predictions do not depend on the rest of the batch.",
    ),
    (
        "code.batchnorm",
        7,
        "When batches are tiny, batch norm's statistics become much less stable, so layer norm is "
        "preferred over it for small batches.",
    ),
    (
        "code.beam_search",
        1,
        "Beam search is not exact: it can fail to return the most probable sequence even when the beam"
        " width is two or more.",
    ),
    (
        "code.beam_search",
        2,
        "I sum log-probabilities rather than multiplying the raw probabilities, since the product of "
        "many small numbers underflows in floating point on long sequences.",
    ),
    (
        "code.beam_search",
        4,
        "Raw summed log-probabilities favour shorter outputs, because each extra token lowers the "
        "total, so I divide by the length to stop penalizing long hypotheses.",
    ),
    (
        "code.roc_auc",
        2,
        "So I sort the scores and let tied scores share the average of their consecutive ranks, which "
        "counts a tied positive and negative pair as one half.",
    ),
    (
        "code.roc_auc",
        5,
        "Because AUC uses only the order of the score values, applying a sigmoid or a log to the "
        "scores does not change it, so scores need not be calibrated.",
    ),
    (
        "code.roc_auc",
        6,
        "Equivalently, it is the area under the ROC curve, true positive rate against false positive "
        "rate rather than precision against recall, as the threshold sweeps.",
    ),
    (
        "code.kmeans",
        1,
        "In the update step each centroid moves to the mean of its assigned points, since the mean, "
        "not the median, is what minimizes the sum of squared distances.",
    ),
    (
        "code.kmeans",
        4,
        "Lloyd's algorithm does not always find the global optimum of the inertia; the result depends "
        "on the starting centroids, so restarts and k-means++ are worthwhile.",
    ),
    (
        "code.kmeans",
        5,
        "One iteration costs O(n·k·d), because every point is compared with every centroid rather than"
        " with every other point.",
    ),
    (
        "code.logistic_regression",
        3,
        "The cross-entropy loss is convex in the weights even with the sigmoid, so gradient descent "
        "cannot get stuck in bad local minima.",
    ),
    (
        "code.logistic_regression",
        4,
        "On linearly separable data the weights never converge to a finite optimum, since the loss "
        "only approaches zero as the weights grow.",
    ),
    (
        "code.reservoir_sampling",
        3,
        "Items that arrive early face more chances of eviction but entered with a higher probability, "
        "so the final sample is not biased toward recent items.",
    ),
    (
        "code.reservoir_sampling",
        4,
        "It does not need to know the stream length in advance and never stores all n items, only k of"
        " them, O(k) memory.",
    ),
    (
        "code.reservoir_sampling",
        5,
        "Algorithm R takes O(n) time, because every item past the first k costs one random draw and at"
        " most one slot write.",
    ),
    (
        "code.attention",
        1,
        "We scale by one over root d so that the attention distribution does not get too peaky, which "
        "keeps gradients flowing through the softmax.",
    ),
    (
        "code.attention",
        2,
        "For the positions the mask forbids I write negative infinity into the score matrix, so the "
        "softmax gives those keys zero probability.",
    ),
    (
        "code.attention",
        6,
        "The final result for each query is the attention weights applied to the values, a weighted "
        "combination of the rows of V.",
    ),
    (
        "code.attention",
        7,
        "Overall the cost grows with the square of the number of tokens, since every query is compared"
        " with every key in the score matrix.",
    ),
    (
        "code.softmax_cross_entropy",
        0,
        "Before calling exp I shift every row down by its maximum value, which makes all the exponents"
        " at most zero so nothing can overflow.",
    ),
    (
        "code.softmax_cross_entropy",
        1,
        "Shifting by the row maximum costs no accuracy: the resulting probabilities are exactly the "
        "true softmax, because the common factor cancels.",
    ),
    (
        "code.softmax_cross_entropy",
        3,
        "A floor like np.maximum(p, 1e-12) only hides the problem and caps the loss, so I compute log-"
        "probabilities with log-sum-exp instead.",
    ),
    (
        "code.softmax_cross_entropy",
        4,
        "Each row's loss is minus log p of the target class only, and then I average these row losses "
        "over the batch.",
    ),
    (
        "code.softmax_cross_entropy",
        6,
        "The gradient on the logits is p minus y, and because the loss is a mean I divide it by the "
        "batch size.",
    ),
    (
        "code.batchnorm",
        2,
        "Gamma and beta are trained by gradient descent like any other weight, so the layer can learn "
        "whatever scale and offset suit the next layer.",
    ),
    (
        "code.batchnorm",
        4,
        "I divide by n when normalizing the batch, and the running estimate gets the variance over n "
        "minus one, since it estimates the population value.",
    ),
    (
        "code.batchnorm",
        5,
        "At serving time I use the stored running mean and variance rather than the current requests, "
        "so an answer never depends on what else is in the batch.",
    ),
    (
        "code.batchnorm",
        7,
        "Batch norm struggles with tiny batches such as two examples, where its estimates are noisy, "
        "so layer norm is the better choice there.",
    ),
    (
        "code.beam_search",
        2,
        "Working in log space is necessary here: the plain product of token probabilities underflows "
        "to zero in double precision for long outputs.",
    ),
    (
        "code.beam_search",
        4,
        "Without normalization the beam drifts toward short hypotheses, since every extra token lowers"
        " the summed score, so dividing by length removes that bias.",
    ),
    (
        "code.beam_search",
        5,
        "To be correct, no step has to rank all k times V extensions with a complete sort; trimming "
        "each hypothesis to its own top k first can never drop the true winners.",
    ),
    (
        "code.roc_auc",
        0,
        "Put simply, AUC is the chance that a random positive outscores a random negative, which no "
        "single cutoff such as one half can capture.",
    ),
    (
        "code.roc_auc",
        2,
        "Ties I resolve by giving every equal score the mean of the ranks the group occupies, so a "
        "tied positive-negative pair contributes one half.",
    ),
    (
        "code.roc_auc",
        3,
        "The rank total of the positives minus P times P plus one over two, divided by P times N, is "
        "the AUC.",
    ),
    (
        "code.roc_auc",
        5,
        "Only the ordering of the scores feeds into AUC, so squashing them with a sigmoid or taking "
        "logs leaves its value alone, and no calibration is needed.",
    ),
    (
        "code.roc_auc",
        6,
        "Another way to see it: AUC is the integral of the true positive rate over the false positive "
        "rate as the cutoff moves down, computed with trapezoids after sorting.",
    ),
    # Two curves side by side, each with its own axes (read as the ROC curve on precision and
    # recall until the other part's words and the ROC curve it names were read).
    (
        "code.roc_auc",
        6,
        "I plot precision against recall for the PR curve, and true positive rate against false "
        "positive rate for the ROC curve.",
    ),
    # "Not the keys" sets them apart: the value words before it are said of no key.
    (
        "code.attention",
        6,
        "Multiplying the weights by V gives each output row a weighted sum of the value vectors, not "
        "the key vectors; the keys only decide the weights.",
    ),
    (
        "code.kmeans",
        0,
        "The assignment step does not balance the clusters: each point simply goes to its nearest "
        "centroid, so cluster sizes can differ a lot.",
    ),
    (
        "code.kmeans",
        1,
        "Each centroid is then replaced by the coordinate-wise mean of its members, because that is "
        "the point minimizing the within-cluster sum of squares.",
    ),
    (
        "code.kmeans",
        3,
        "Because no iteration can raise the sum of squared distances and the assignments are finite, "
        "k-means always converges, with the iteration cap only a safety net.",
    ),
    (
        "code.kmeans",
        4,
        "Lloyd's iterations land on a local optimum that depends on the initialization, so running it "
        "several times or seeding with k-means++ pays off.",
    ),
    (
        "code.kmeans",
        5,
        "Every iteration is linear in n, O(n times k times d), since only the distances from data "
        "points to centroids are needed.",
    ),
    (
        "code.logistic_regression",
        1,
        "Through the chain rule the sigmoid's slope, sigma times one minus sigma, cancels against the "
        "log's derivative, so the weight gradient is just X transposed times the residual over n.",
    ),
    (
        "code.logistic_regression",
        3,
        "Logistic regression's loss surface is a single bowl even though the sigmoid bends the model, "
        "so where you initialize does not decide which minimum you reach.",
    ),
    (
        "code.logistic_regression",
        4,
        "When a line separates the classes perfectly, gradient descent never settles: the weights keep"
        " growing as the loss creeps toward zero, so regularization is needed.",
    ),
    (
        "code.reservoir_sampling",
        0,
        "After the first k, an incoming item goes into the reservoir only with probability k over the "
        "count so far, overwriting a slot picked at random from the k.",
    ),
    (
        "code.reservoir_sampling",
        1,
        "A draw with probability k over the count so far decides whether a new item gets in, and if so"
        " it pushes out a uniformly random item, not the oldest.",
    ),
    (
        "code.reservoir_sampling",
        4,
        "You never have to count the stream to learn n beforehand, and only k items are kept, so space"
        " is constant in n.",
    ),
    (
        "code.reservoir_sampling",
        5,
        "The run time is linear in n, because each item costs one random draw and at most one write "
        "into an unordered reservoir.",
    ),
    (
        "stats.bayes_theorem",
        2,
        "Even with a 99 percent sensitive test, a positive result means the patient has the disease "
        "with only about a nine percent probability when the prevalence is one in a thousand.",
    ),
    (
        "stats.bayes_theorem",
        4,
        "A Laplace prior on the weights corresponds to L1 regularization, which is why MAP with a "
        "Laplace prior drives many weights to exactly zero.",
    ),
    (
        "stats.bayes_theorem",
        1,
        "The prior is what we believe before seeing any data, and the posterior is what we end up with"
        " after the evidence has been taken into account.",
    ),
    (
        "stats.p_value",
        4,
        "A p-value of 0.001 versus 0.04 says more about sample size and noise than about effect size, "
        "so the smaller p can come with the less important improvement.",
    ),
    (
        "stats.p_value",
        2,
        "I fix the significance level before seeing any data, usually 0.05, rather than choosing it "
        "after the p-value is known.",
    ),
    (
        "stats.p_value",
        5,
        "Checking results every day and stopping once p drops below 0.05 inflates false positives, "
        "even though each individual look has a five percent false positive rate.",
    ),
    (
        "stats.correlation_causation",
        0,
        "A Pearson correlation of zero means there is no linear relationship, but the two variables "
        "can still be dependent in a nonlinear way.",
    ),
    (
        "stats.correlation_causation",
        4,
        "Randomization balances both the confounders we measured and the ones we never measured, which"
        " is why an A/B test beats an observational study for causal claims.",
    ),
    (
        "stats.correlation_causation",
        2,
        "Even if two variables are strongly correlated in a very large sample, that is not enough to "
        "conclude that one causes the other, since a confounder may drive both.",
    ),
    (
        "stats.mle_vs_map",
        4,
        "As the dataset grows, the prior's influence in MAP shrinks, so MAP and MLE come closer "
        "together with more data.",
    ),
    (
        "stats.mle_vs_map",
        5,
        "MAP gives a single point, the posterior mode, rather than the full posterior distribution "
        "over the parameters, so like MLE it does not capture uncertainty.",
    ),
    (
        "stats.mle_vs_map",
        1,
        "Squared error corresponds to maximum likelihood under Gaussian noise, while absolute error is"
        " what you get from assuming Laplace noise on the outputs.",
    ),
    (
        "stats.cross_entropy_kl",
        3,
        "KL divergence is not symmetric: the divergence from p to q generally differs from the "
        "divergence from q to p, which is why it does not work as a true distance.",
    ),
    (
        "stats.cross_entropy_kl",
        0,
        "Entropy is highest for a uniform distribution like a fair coin, and a distribution "
        "concentrated on a single outcome has zero entropy.",
    ),
    (
        "stats.cross_entropy_kl",
        2,
        "Cross-entropy equals the entropy of p plus the KL divergence, so no model can bring the "
        "cross-entropy below the entropy of the data.",
    ),
    (
        "stats.confidence_intervals",
        4,
        "The width shrinks with the square root of the sample size, so to halve the interval you need "
        "four times as many test examples.",
    ),
    (
        "stats.confidence_intervals",
        6,
        "Even if the two models' 95 percent intervals overlap, the paired difference between them can "
        "still be statistically significant, so overlap alone does not make them equivalent.",
    ),
    (
        "stats.confidence_intervals",
        3,
        "The bootstrap resamples the test set with replacement, so some examples are drawn several "
        "times and others not at all, and takes the spread of the metric across resamples.",
    ),
    (
        "stats.ab_test_design",
        2,
        "A smaller minimum detectable effect needs more users, because the required sample size grows "
        "with one over the effect squared.",
    ),
    (
        "stats.ab_test_design",
        4,
        "Looking at the dashboard daily and stopping the moment the result hits significance inflates "
        "the false positive rate, unless a sequential test is used.",
    ),
    (
        "stats.ab_test_design",
        3,
        "Even if the power analysis says four days are enough, I'd run the test for a whole week, "
        "since rounding up to whole weeks covers the weekly cycle.",
    ),
    (
        "stats.multiple_comparisons",
        4,
        "Benjamini-Hochberg is less strict than Bonferroni and loses less power, so I'd use it when "
        "many tests are run.",
    ),
    (
        "stats.multiple_comparisons",
        0,
        "With twenty metrics at 0.05, each test separately holds its five percent error rate, but the "
        "chance of at least one false positive across all of them is about 64 percent.",
    ),
    (
        "stats.simpsons_paradox",
        4,
        "The aggregated result is not automatically the right one to trust just because it uses all "
        "the data; which one is right depends on the causal structure.",
    ),
    (
        "stats.simpsons_paradox",
        2,
        "The reversal comes from confounding and unequal group sizes rather than sampling noise, so it"
        " persists however much data we collect in each group.",
    ),
    (
        "stats.simpsons_paradox",
        5,
        "I wouldn't stratify by every available variable; I'd condition on confounders like stone "
        "size, but not on variables that the treatment itself affects.",
    ),
    (
        "stats.selection_bias",
        3,
        "Collecting more data from the same source does not fix selection bias, since with more "
        "samples the estimate converges to the biased value, not the population one.",
    ),
    (
        "stats.selection_bias",
        5,
        "To correct it I'd weight each example by the inverse of its propensity of being selected, so "
        "that rarely selected examples count more.",
    ),
    (
        "stats.selection_bias",
        1,
        "Survivorship bias means the planes that came back show where a plane can be hit and still "
        "survive, so armor belongs where the returning planes have no holes.",
    ),
    (
        "stats.bayes_theorem",
        0,
        "The probability of the hypothesis given the data is the likelihood times the prior, divided "
        "by the marginal probability of the data.",
    ),
    (
        "stats.p_value",
        1,
        "The p-value is computed from the distribution the statistic would have if the null were true,"
        " taking the area beyond what we observed.",
    ),
    (
        "stats.p_value",
        4,
        "A low p-value can come from a tiny change measured on millions of users, so before calling it"
        " big enough to matter for the business I look at the effect size.",
    ),
    (
        "stats.correlation_causation",
        2,
        "Even once a correlation is statistically significant on plenty of data, we cannot treat it as"
        " causal, since ruling out chance does not rule out a confounder.",
    ),
    (
        "stats.correlation_causation",
        4,
        "Random assignment balances hidden confounders as well as the covariates we recorded, which is"
        " what makes an experiment better than observational data.",
    ),
    (
        "stats.correlation_causation",
        6,
        "A shortcut feature the model learned is risky in production, because a correlation that held "
        "in the training data may not carry over to new hospitals and new data.",
    ),
    (
        "stats.mle_vs_map",
        0,
        "Maximum likelihood picks the parameters under which the data we observed have the highest "
        "probability, which is not the same as the parameters being most probable.",
    ),
    (
        "stats.mle_vs_map",
        2,
        "Maximum likelihood is unreliable on small samples; after three tosses that all land heads it "
        "estimates the probability of heads at 1 rather than near 0.5.",
    ),
    (
        "stats.mle_vs_map",
        5,
        "Like maximum likelihood, MAP returns a single value, the peak of the posterior, so we get no "
        "error bars on the parameters for free.",
    ),
    (
        "stats.cross_entropy_kl",
        2,
        "Since the KL term is added to the entropy, even a perfectly trained model reaches a cross-"
        "entropy no lower than the true entropy of the data.",
    ),
    (
        "stats.cross_entropy_kl",
        4,
        "Cross-entropy loss and negative log-likelihood are the same objective for classifiers, which "
        "is why we pick cross-entropy, not just because it trains faster.",
    ),
    (
        "stats.confidence_intervals",
        0,
        "The 95 percent confidence interval is a range for the true parameter, built by a procedure "
        "that covers it in 95 percent of repeated experiments, not a range holding most data points.",
    ),
    (
        "stats.confidence_intervals",
        4,
        "Quadrupling the test set cuts the confidence interval's width in half, because the standard "
        "error is inversely proportional to the square root of n.",
    ),
    (
        "stats.confidence_intervals",
        6,
        "Even when the error bars of the two models overlap, the gain can be real, which is why I run "
        "a paired test.",
    ),
    (
        "stats.ab_test_design",
        1,
        "Even small imbalances in group sizes, like 50.8 versus 49.2 percent on a huge sample, are "
        "unlikely to be noise, so I check for sample ratio mismatch.",
    ),
    (
        "stats.ab_test_design",
        2,
        "The smaller the effect we want to detect, the more users we need, so a tiny minimum "
        "detectable effect makes the test long.",
    ),
    (
        "stats.ab_test_design",
        3,
        "Weekly seasonality matters for duration; even if the sample size is reached on a Wednesday, I"
        " keep the test running until the full week is over.",
    ),
    (
        "stats.multiple_comparisons",
        0,
        "Testing more metrics raises the overall false positive risk; across all twenty it climbs well"
        " above the five percent we set for each, to about 64 percent.",
    ),
    (
        "stats.multiple_comparisons",
        3,
        "Bonferroni's purpose is to limit the probability of even one false discovery among all the "
        "metrics we test, the family-wise error rate.",
    ),
    (
        "stats.simpsons_paradox",
        0,
        "Simpson's paradox is not about random noise in a small dataset; it's when a trend within "
        "every subgroup flips or vanishes once they are combined.",
    ),
    (
        "stats.simpsons_paradox",
        2,
        "The reversal happens because a confounder is tied to both group and outcome, so even with a "
        "larger sample the pooled and stratified results would still disagree.",
    ),
    (
        "stats.simpsons_paradox",
        5,
        "The per-subgroup comparison is correct when the grouping is a confounder, so I would "
        "condition on it, but not on variables measured after the treatment.",
    ),
    (
        "stats.selection_bias",
        1,
        "The returning bombers' bullet holes mark spots a plane can survive, so the armor should go "
        "where those holes are missing.",
    ),
    (
        "stats.selection_bias",
        3,
        "Selection bias does not shrink as the dataset grows, so even with millions of logged examples"
        " it remains a concern.",
    ),
    (
        "stats.selection_bias",
        5,
        "Inverse propensity weighting upweights the examples that were least likely to be selected, "
        "since each stands in for many similar ones that were missed.",
    ),
    (
        "dl.backpropagation",
        1,
        "Backpropagation runs from the loss backward to the input layer, multiplying each layer's "
        "local derivative into the gradient it received, so the last layer's gradient is computed "
        "first.",
    ),
    (
        "dl.backpropagation",
        3,
        "Computing the full gradient of a billion-parameter model costs only about two or three "
        "forward passes, rather than one forward pass per parameter.",
    ),
    (
        "dl.backpropagation",
        6,
        "Gradient clipping is the fix for exploding gradients, since it scales large gradients down to"
        " a maximum norm, while residual connections help against vanishing ones.",
    ),
    (
        "dl.transformer",
        1,
        "Multi-head attention runs the heads side by side on separate smaller projections and then "
        "concatenates their outputs before the output projection.",
    ),
    (
        "dl.transformer",
        2,
        "Attention is the part that mixes information across tokens, while the feed-forward network is"
        " applied to each token separately and holds most of the parameters.",
    ),
    (
        "dl.transformer",
        5,
        "The attention cost grows quadratically with sequence length, so long contexts get expensive "
        "even though training runs over all positions in parallel.",
    ),
    (
        "dl.attention",
        3,
        "Without scaling by the square root of the key dimension the softmax gets sharper and more "
        "one-hot, which starves the model of gradient.",
    ),
    (
        "dl.attention",
        4,
        "The output for each token is the weighted sum of the value vectors, while the query and key "
        "vectors are only used to compute the scores.",
    ),
    (
        "dl.attention",
        5,
        "The causal mask in a decoder blocks each token from attending to later positions, so it only "
        "looks at itself and the tokens that come before it.",
    ),
    (
        "dl.initialization",
        1,
        "Initializing all the weights to zero is a poor choice, since every neuron in a layer then "
        "gets the same gradient and they never become different.",
    ),
    (
        "dl.initialization",
        4,
        "He initialization is the scheme meant for ReLU layers, while Xavier is the one designed for "
        "tanh and sigmoid networks.",
    ),
    (
        "dl.initialization",
        5,
        "In transformers the residual branch outputs are scaled down with depth so that the residual "
        "stream doesn't keep growing as layers are added.",
    ),
    (
        "dl.learning_rate_schedule",
        2,
        "I'd decrease the learning rate over the course of training, because late in training the "
        "model needs smaller steps to settle into the minimum it has found.",
    ),
    (
        "dl.learning_rate_schedule",
        3,
        "Warmup means starting from a very small learning rate for the first few thousand steps and "
        "raising it to the peak value, so early unstable updates stay small.",
    ),
    (
        "dl.learning_rate_schedule",
        4,
        "When you double the batch size you can roughly double the learning rate for SGD, because "
        "averaging over more examples makes the gradient less noisy.",
    ),
    (
        "dl.cnn_vs_rnn",
        0,
        "A CNN shares one set of filter weights across every pixel location, which is what lets it "
        "recognize an object in the corner as well as in the center.",
    ),
    (
        "dl.cnn_vs_rnn",
        1,
        "Pooling and stacking layers enlarge the receptive field, so the deeper layers respond to ever"
        " larger structures like object parts and whole objects.",
    ),
    (
        "dl.cnn_vs_rnn",
        3,
        "RNNs parallelize poorly over time steps even though every step uses the same weights, so a "
        "long sequence cannot be processed all at once on a GPU.",
    ),
    (
        "dl.scaling_laws",
        2,
        "Chinchilla found that for a fixed compute budget you should grow model size and the number of"
        " training tokens at about the same rate, rather than spending most of it on parameters.",
    ),
    (
        "dl.scaling_laws",
        3,
        "Since serving cost grows with model size, the norm now is to train a smaller model than the "
        "budget allows on many more tokens than Chinchilla suggests.",
    ),
    (
        "dl.scaling_laws",
        6,
        "Emergent abilities often look like sudden jumps at a threshold model size only because of the"
        " metric used; with continuous metrics they mostly improve smoothly.",
    ),
    (
        "dl.distributed_training",
        0,
        "In pipeline parallelism each GPU holds a different slice of the model's layers, and the "
        "activations are passed from one GPU to the next.",
    ),
    (
        "dl.distributed_training",
        2,
        "Tensor parallelism communicates inside every layer, so it works well within a node over "
        "NVLink but poorly across nodes connected by ordinary Ethernet.",
    ),
    (
        "dl.distributed_training",
        4,
        "The pipeline bubble shrinks as you add more micro-batches, so it's best not to push each full"
        " batch through as one large micro-batch.",
    ),
    (
        "dl.backpropagation",
        1,
        "The backward pass starts at the output and propagates derivatives toward the first layer, "
        "since each layer needs the gradient from the layer after it.",
    ),
    (
        "dl.backpropagation",
        3,
        "The cost of backprop does not grow with the number of weights that way: one backward pass "
        "through the network gives every weight's effect on the loss at once.",
    ),
    (
        "dl.backpropagation",
        4,
        "The backward pass only computes the gradients; a separate update step then nudges each weight"
        " against its gradient, scaled by the learning rate.",
    ),
    (
        "dl.backpropagation",
        5,
        "Adding more layers makes vanishing gradients more likely, because the gradient is a product "
        "of more local derivatives and can shrink geometrically.",
    ),
    (
        "dl.transformer",
        1,
        "The heads in multi-head attention are applied in parallel, each attending over the same input"
        " with its own smaller projections.",
    ),
    (
        "dl.transformer",
        2,
        "Token mixing happens in the self-attention layer, whereas the MLP only transforms each "
        "position on its own.",
    ),
    (
        "dl.transformer",
        4,
        "Transformers need positional encodings, because the attention weights themselves carry no "
        "information about which token came first.",
    ),
    (
        "dl.transformer",
        5,
        "Self-attention scales quadratically in the number of tokens, so doubling the context roughly "
        "quadruples the cost of the score matrix.",
    ),
    (
        "dl.attention",
        2,
        "The softmax normalizes each query's scores over all the keys, so every row of the attention "
        "matrix sums to one.",
    ),
    (
        "dl.attention",
        3,
        "Dividing by root d_k is there to keep the attention distribution from getting too sharp, so "
        "it doesn't collapse to a hard one-hot choice.",
    ),
    (
        "dl.attention",
        5,
        "With causal masking each position can only see itself and earlier tokens, since the future "
        "tokens are hidden to stop the model from copying.",
    ),
    (
        "dl.initialization",
        1,
        "Starting every weight at the same constant is a problem, because the neurons get identical "
        "gradients and no mini-batch order will break the symmetry.",
    ),
    (
        "dl.initialization",
        2,
        "Tiny initial weights make the signal die out as it passes through the layers, and huge "
        "weights make it blow up.",
    ),
    (
        "dl.initialization",
        5,
        "GPT-2 divides the residual branch weights by a factor that grows with the number of layers, "
        "so deeper models start with smaller residual updates.",
    ),
    (
        "dl.learning_rate_schedule",
        2,
        "Toward the end of training I'd ramp the learning rate down, since smaller steps help the "
        "model settle once it's close to a minimum.",
    ),
    (
        "dl.cnn_vs_rnn",
        1,
        "Each additional convolution layer widens what a unit can see, so the deep layers look at "
        "larger patches than the first layer.",
    ),
    (
        "dl.cnn_vs_rnn",
        3,
        "Even though an RNN reuses its weights at every step, the time steps must be computed one "
        "after another, so it cannot train in parallel like a transformer.",
    ),
    (
        "dl.cnn_vs_rnn",
        4,
        "LSTM and GRU gates control what the cell keeps and what it forgets, which is what lets the "
        "network remember long-range information.",
    ),
    (
        "dl.scaling_laws",
        2,
        "The Chinchilla result says model size and data should grow at about the same rate, so extra "
        "compute should be split between a bigger network and more tokens.",
    ),
    (
        "dl.scaling_laws",
        3,
        "Because inference gets more expensive with size, labs now pick a smaller model than compute-"
        "optimal and train it on far more tokens.",
    ),
    (
        "dl.scaling_laws",
        5,
        "Even with the loss curve, accuracy on a specific downstream benchmark is hard to read off, "
        "because task scores don't scale as smoothly as the loss.",
    ),
    (
        "dl.distributed_training",
        1,
        "FSDP saves memory by giving each worker a slice of the parameters, gradients and optimizer "
        "state, on top of its own slice of the dataset.",
    ),
    (
        "dl.distributed_training",
        2,
        "Tensor parallelism needs to exchange data inside every layer, so slow inter-node links are a "
        "poor fit for it.",
    ),
    (
        "dl.distributed_training",
        4,
        "Using more micro-batches makes the pipeline bubble smaller, so the idle time is largest when "
        "the whole batch goes through at once.",
    ),
    (
        "dl.distributed_training",
        5,
        "At large scale the network between GPUs is often the bottleneck, so overlapping communication"
        " with compute buys a lot of throughput.",
    ),
    (
        "stats.ab_test_design",
        1,
        "I'd randomize at the user level and check for sample ratio mismatch; with a million users it "
        "doesn't matter how small the skew looks, a 52 to 48 split means a broken assignment.",
    ),
    (
        "stats.ab_test_design",
        1,
        "I'd randomize per user and check the split: a sample ratio mismatch can never be ignored, "
        "even a small one, because it means the assignment or logging is broken.",
    ),
    (
        "stats.ab_test_design",
        3,
        "Weekly cycles matter, so I round the duration up to whole weeks even when the sample size is "
        "reached midweek.",
    ),
    (
        "stats.ab_test_design",
        4,
        "I don't stop early at the first significant peek; stopping early is fine only with a "
        "sequential test designed for it.",
    ),
    (
        "dl.transformer",
        1,
        "The blocks are applied one after another, but inside each block the heads run side by side in"
        " parallel on smaller slices of the model dimension.",
    ),
    (
        "dl.transformer",
        1,
        "Multi-head attention splits the model dimension into heads that all run at the same time, "
        "rather than sequentially, and their outputs are concatenated and projected.",
    ),
    (
        "dl.transformer",
        5,
        "Training is parallel over positions, but generation is still sequential, one token after "
        "another, and attention cost grows quadratically with length.",
    ),
    (
        "dl.attention",
        5,
        "In a decoder the causal mask hides the later positions, so each token attends only to itself "
        "and the earlier tokens, never to future ones.",
    ),
    (
        "dl.attention",
        3,
        "Dividing by the square root of the key dimension keeps the softmax from getting too sharp, so"
        " the weights stay soft and gradients keep flowing.",
    ),
    (
        "nlp.word2vec_vs_bert",
        0,
        "Word2vec vectors do not depend on the sentence: the vector for a word is looked up from the "
        "same table every time it appears, whatever its neighboring words.",
    ),
    (
        "nlp.word2vec_vs_bert",
        3,
        "Unlike a GPT model, which predicts the next word in the sequence, BERT predicts hidden tokens"
        " from both sides, and its embeddings come from that objective.",
    ),
    (
        "nlp.word2vec_vs_bert",
        4,
        "BERT splits a word it never saw in pretraining into known WordPiece units, so it rarely falls"
        " back to a single unknown token.",
    ),
    (
        "nlp.positional_encoding",
        3,
        "Learned absolute position embeddings like BERT's have no trained vector for positions past "
        "the training length, so they do not carry over to longer sequences.",
    ),
    (
        "nlp.positional_encoding",
        4,
        "RoPE is applied inside attention rather than added to the token embeddings at the input "
        "layer: it rotates the queries and keys at every layer.",
    ),
    (
        "nlp.text_generation",
        3,
        "Lowering the temperature makes the output more deterministic and focused, because it sharpens"
        " the distribution toward the most likely token.",
    ),
    (
        "nlp.text_generation",
        4,
        "The KV cache stores the attention keys and values of the previously processed tokens so they "
        "are reused instead of recomputed at every step.",
    ),
    (
        "nlp.text_generation",
        1,
        "During pretraining each position attends only to the earlier tokens of the sequence, never "
        "future ones, which lets every position learn next-token prediction at once.",
    ),
    (
        "nlp.embeddings",
        2,
        "The positions of words in an embedding space are learned, so the distance between two word "
        "vectors tells you a lot about how related their meanings are.",
    ),
    (
        "nlp.embeddings",
        1,
        "One-hot vectors capture no similarity between words, since every pair is equally far apart, "
        "so embeddings do much more than save memory.",
    ),
    (
        "nlp.embeddings",
        5,
        "Word2vec and GloVe produce static vectors that stay the same in every sentence, while BERT-"
        "style encoders give each word a vector that changes with context.",
    ),
    (
        "nlp.subword_algorithms",
        4,
        "The unigram method builds its vocabulary top-down, starting from a large set of pieces and "
        "removing the piece that least decreases the likelihood at each step.",
    ),
    (
        "nlp.subword_algorithms",
        3,
        "WordPiece does not merge the pair with the highest raw count like BPE; it scores pairs by the"
        " likelihood gain, roughly their count divided by the counts of their parts.",
    ),
    (
        "nlp.subword_algorithms",
        6,
        "SentencePiece does not require the text to be split into words on whitespace first, so "
        "languages without spaces like Japanese need no separate word segmenter.",
    ),
    (
        "nlp.vocab_size",
        3,
        "The bigger the vocabulary, the more rare tokens it has, and those tokens get little gradient "
        "signal, so their embeddings are poorly trained.",
    ),
    (
        "nlp.vocab_size",
        2,
        "Vocabulary size matters a lot for the parameter count of small models, since the embedding "
        "table can be a large share next to the transformer layers.",
    ),
    (
        "nlp.perplexity",
        3,
        "Perplexity cannot be compared directly between two language models on the same text when they"
        " use different tokenizers, unless it is normalized per byte.",
    ),
    (
        "nlp.perplexity",
        1,
        "A lower perplexity is better, because it means the model spreads its probability over fewer "
        "plausible continuations of the text.",
    ),
    (
        "nlp.perplexity",
        5,
        "A model with lower perplexity will not always give more helpful and truthful answers, so "
        "perplexity alone is not enough to rank chat assistants.",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        2,
        "The upside of RAG is that whenever a document changes you only re-index it, whereas a fine-"
        "tuned model has to be retrained to pick up the change.",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        5,
        "Fine-tuning is a poor way to teach the model many frequently changing facts, while it is "
        "effective for changing tone or output format.",
    ),
    (
        "nlp.rag_vs_fine_tuning",
        4,
        "Access control is much harder with fine-tuning: once documents are in the weights the model "
        "has no way of knowing which user may see what.",
    ),
    (
        "nlp.in_context_learning",
        3,
        "The order and wording of the few-shot examples can make a big difference, since the model may"
        " not extract the same underlying task from each of them.",
    ),
    (
        "nlp.in_context_learning",
        4,
        "The labels in the demonstrations matter more for the largest models, so if you put flipped "
        "labels in, their accuracy can drop below chance.",
    ),
    (
        "nlp.in_context_learning",
        0,
        "In-context learning means the model takes no gradient steps on the examples in the prompt "
        "before answering, unlike even a lightweight fine-tuning.",
    ),
    (
        "ml.supervised_unsupervised",
        2,
        "Spam filtering and price prediction are classic supervised tasks, while customer segmentation"
        " and anomaly detection are typical examples of unsupervised learning.",
    ),
    (
        "ml.supervised_unsupervised",
        3,
        "Unsupervised models are harder to evaluate than supervised ones, because there are no held-"
        "out labels to compare the clusters against directly.",
    ),
    (
        "ml.supervised_unsupervised",
        6,
        "Large language models are pretrained without human-annotated labels: the next token in raw "
        "text serves as the label, so pretraining needs no labeling budget.",
    ),
    (
        "ml.parametric_nonparametric",
        3,
        "With a parametric model, a wrongly assumed form leaves a bias that more data cannot fix, so "
        "misspecification persists even with huge datasets.",
    ),
    (
        "ml.parametric_nonparametric",
        4,
        "Non-parametric models are more prone to overfitting than parametric ones and need larger "
        "datasets, even though they make fewer assumptions.",
    ),
    (
        "ml.parametric_nonparametric",
        5,
        "k-nearest neighbors is cheap at training time because it just stores the data, but prediction"
        " cost grows with the dataset since each query is compared with every stored point.",
    ),
    (
        "ml.missing_data",
        0,
        "If values are missing not at random, for example high earners skipping the income question, "
        "simply dropping those rows biases the model.",
    ),
    (
        "ml.missing_data",
        2,
        "Mean imputation is a quick default, but it reduces the variance and distorts the correlations"
        " between features.",
    ),
    (
        "ml.missing_data",
        6,
        "I fit the imputer on the training split only, after splitting, and apply those fill values to"
        " the test rows, so test data never shapes them.",
    ),
    (
        "ml.distribution_shift",
        1,
        "Concept drift is when the relationship between the inputs and the label changes, while "
        "covariate shift means only the input feature distribution moves.",
    ),
    (
        "ml.distribution_shift",
        3,
        "A drift alert from PSI on the inputs does not prove that accuracy has dropped, so I confirm "
        "with delayed labels before deciding how to retrain.",
    ),
    (
        "ml.distribution_shift",
        4,
        "Importance weighting is a fix for covariate shift, because reweighting the old training "
        "examples works when the input-label relationship itself has not changed.",
    ),
    (
        "ml.slow_model_optimization",
        3,
        "Reducing the number of trees and the maximum depth makes a gradient-boosted model faster at "
        "inference, at some cost in accuracy.",
    ),
    (
        "ml.slow_model_optimization",
        5,
        "Batching requests raises throughput on a GPU, so for serving speed I avoid processing each "
        "request one at a time.",
    ),
    (
        "ml.slow_model_optimization",
        6,
        "Speed optimizations like quantization can change accuracy, so I always re-check validation "
        "metrics after applying them.",
    ),
    (
        "ml.hyperparameter_tuning",
        2,
        "Random search usually beats grid search for the same budget, because it covers each important"
        " hyperparameter more thoroughly than a grid can.",
    ),
    (
        "ml.hyperparameter_tuning",
        3,
        "The learning rate should be sampled uniformly on a log scale, say between 0.0001 and 0.1, so "
        "that every order of magnitude gets equal coverage.",
    ),
    (
        "ml.hyperparameter_tuning",
        4,
        "Bayesian optimization chooses each new configuration using the results of earlier trials, "
        "rather than drawing it independently at random.",
    ),
    (
        "ml.model_compression",
        2,
        "Weight-only quantization speeds up LLM decoding because decoding is memory-bound, so the "
        "multiplications still run in 16-bit arithmetic and the gain comes from loading fewer bytes.",
    ),
    (
        "ml.model_compression",
        3,
        "Structured pruning of whole channels gives the biggest real speedups on ordinary GPUs, while "
        "unstructured pruning of individual weights only helps with special sparse kernels.",
    ),
    (
        "ml.model_compression",
        4,
        "In distillation the student is trained on the teacher's soft probabilities rather than only "
        "the hard argmax labels, because the soft probabilities carry information.",
    ),
    # Hostile round on llm engineering (session of 2026-12-07, fourth): the mistakes caught after
    # the bank's new versions, and the right sentences beside them.
    (
        "dl.training_sanity_checks",
        0,
        "The initial loss is the log of the vocabulary size, not the vocabulary size itself, so "
        "about 10.8 rather than fifty thousand.",
    ),
    (
        "dl.training_sanity_checks",
        3,
        "For the mask test I change a later token, not an earlier one, and check that the "
        "earlier positions' logits stay the same.",
    ),
    (
        "dl.loss_spikes",
        4,
        "A higher beta2 is not the fix for rare-token blowups; it's a lower beta2 like 0.95, or "
        "a larger epsilon, that tempers those huge Adam steps.",
    ),
    (
        "dl.loss_spikes",
        3,
        "It's a too-short warmup, not a long one, along with a peak learning rate too high for "
        "the model size, that makes spikes more likely, so I lower the rate.",
    ),
    (
        "dl.nan_debugging",
        4,
        "bf16 has fewer mantissa bits than float16 but a much wider exponent range, the same as "
        "float32, so it rarely overflows.",
    ),
    (
        "dl.nan_debugging",
        3,
        "The 3.4e38 limit is float32's; float16 overflows around 65,504, and log of zero "
        "without an epsilon also gives infinity.",
    ),
    (
        "dl.training_compute",
        0,
        "It's not 2ND, which is only the forward pass; training is about six FLOPs per "
        "parameter per token, so 6ND.",
    ),
    (
        "dl.training_compute",
        3,
        "You can't assume full utilization of the 1e15 peak; real runs reach 35 to 50 percent "
        "MFU, so I discount it.",
    ),
    (
        "dl.activation_memory",
        3,
        "A common misconception is that FSDP shards activations; it shards only the parameters, "
        "gradients and optimizer states, so activation memory stays the same.",
    ),
    (
        "dl.activation_memory",
        4,
        "With gradient accumulation each micro-batch's activations are freed after its backward "
        "pass, so a smaller micro-batch cuts activation memory while the global batch stays the "
        "same.",
    ),
    (
        "nlp.prefill_vs_decode",
        1,
        "Prefill is compute bound rather than memory bound, because thousands of tokens share "
        "each weight matrix.",
    ),
    (
        "nlp.prefill_vs_decode",
        4,
        "It's prefill, not decode, that sets the time to first token, and decode sets the time "
        "between output tokens.",
    ),
    (
        "nlp.kv_cache_capacity",
        0,
        "With grouped-query attention you count the 8 KV heads rather than the 64 query heads, "
        "so the cache is 2 times layers times KV heads times head dimension times bytes per "
        "value.",
    ),
    (
        "nlp.kv_cache_capacity",
        4,
        "Paging doesn't compress anything; it stores the keys and values in fixed-size blocks "
        "allocated on demand through a block table, so waste is only the last block.",
    ),
    (
        "nlp.weight_only_quantization",
        1,
        "The multiply does not happen in 4-bit; the weights are dequantized to bf16 in "
        "registers, so only memory traffic shrinks.",
    ),
    (
        "nlp.weight_only_quantization",
        3,
        "The speedup is small for prefill and large batches rather than biggest, because those "
        "are compute bound.",
    ),
    (
        "nlp.rl_verifiable_rewards",
        2,
        "Prompts the model always gets right are not useful, since all advantages are zero; "
        "intermediate difficulty is what teaches.",
    ),
    (
        "nlp.rl_verifiable_rewards",
        1,
        "GRPO does not need a value network; the group mean reward serves as the baseline "
        "instead of a critic.",
    ),
    (
        "nlp.reward_hacking",
        5,
        "I wouldn't put the monitor's verdict into the reward, because optimizing against it "
        "teaches the model to hide its intent.",
    ),
    (
        "nlp.reward_hacking",
        3,
        "A rising training reward does not by itself mean the model is improving; I check it "
        "against hidden tests and human review.",
    ),
    (
        "nlp.pretraining_dedup",
        3,
        "LSH means you don't compare every pair; only documents whose signatures collide in a "
        "band are checked.",
    ),
    (
        "nlp.pretraining_dedup",
        6,
        "Global deduplication across every snapshot is not automatically better; FineWeb found "
        "per-snapshot dedup trained better models.",
    ),
    (
        "nlp.decontamination",
        5,
        "A model that drops on a freshly written equivalent set, rather than holding steady, is "
        "a sign it memorized the original.",
    ),
    (
        "dl.swiglu",
        3,
        "The hidden size isn't kept at 4 times the width; it shrinks to about 8/3 of it so the "
        "three matrices match the two of a 4d MLP.",
    ),
    (
        "dl.swiglu",
        1,
        "Swish is not the plain sigmoid; it's x times the sigmoid of x.",
    ),
    (
        "dl.long_context",
        6,
        "Passing needle-in-a-haystack is not enough, because a model can retrieve a needle "
        "while failing to use its context.",
    ),
    (
        "dl.long_context",
        5,
        "The attention compute is quadratic in length, but the KV cache grows only linearly.",
    ),
    (
        "dl.linear_probes",
        1,
        "High probe accuracy does not prove the model relies on the property; it only shows the "
        "property is linearly decodable there.",
    ),
    (
        "dl.sparse_autoencoders",
        1,
        "Unlike a usual autoencoder with a narrow bottleneck, the SAE's hidden layer is much "
        "wider than the activations.",
    ),
    (
        "dl.sparse_autoencoders",
        5,
        "Shrinkage means the L1 penalty makes the activations systematically too small, not too large.",
    ),
    # Hostile round on ml practice (session of 2026-12-07, fourth): the mistakes caught after
    # the bank's new versions, and the right sentences beside them.
    (
        "stats.paired_model_comparison",
        1,
        "People assume the shared questions make the comparison noisier, but the positive "
        "correlation subtracts twice the covariance, so the paired variance is smaller.",
    ),
    (
        "stats.paired_model_comparison",
        0,
        "Rather than a two-proportion z-test on independent samples, I'd pair the comparison "
        "question by question.",
    ),
    (
        "stats.eval_power",
        2,
        "People often think halving the effect only doubles the questions, but because n goes "
        "with one over the effect squared it quadruples them.",
    ),
    (
        "stats.eval_power",
        5,
        "A non-significant result from a small eval is absence of evidence, not evidence that "
        "nothing improved.",
    ),
    (
        "stats.llm_judge_validation",
        2,
        "A common mistake is to trust raw percent agreement, but when one label dominates it is "
        "inflated, so I use kappa.",
    ),
    (
        "stats.llm_judge_validation",
        3,
        "The judge reads both answers, but it can still prefer whichever comes first, so I run "
        "each pair in both orders and count flips.",
    ),
    (
        "stats.agent_eval_variance",
        1,
        "People often think 50 tasks is plenty, but the standard error of the rate is about 7 "
        "points, so a 6-point drop is noise.",
    ),
    (
        "stats.agent_eval_variance",
        5,
        "pass@k is not the average success over k attempts; it is the chance that at least one "
        "of the k attempts succeeds.",
    ),
    (
        "ml.benchmark_contamination",
        2,
        "People assume an n-gram filter catches paraphrases, but rewordings and translations "
        "slip past it, so I add embedding search.",
    ),
    (
        "ml.benchmark_contamination",
        4,
        "A model that scores about the same on a fresh matched set is probably clean; a clear "
        "drop is what signals contamination.",
    ),
    (
        "ml.tree_split_criteria",
        3,
        "People expect entropy to give much better trees than Gini, but they pick the same "
        "split almost always.",
    ),
    (
        "ml.tree_split_criteria",
        6,
        "Information gain favours features with many distinct values rather than few, which is "
        "why C4.5 uses the gain ratio.",
    ),
    (
        "ml.ranking_metrics",
        0,
        "Recall at k is the fraction of the relevant items found in the top k, rather than the "
        "fraction of the top k that are relevant, which is precision.",
    ),
    (
        "ml.ranking_metrics",
        2,
        "MRR uses only the first relevant item's rank, not every relevant item, averaging one "
        "over that rank across queries.",
    ),
    (
        "ml.categorical_encoding",
        5,
        "People think computing it on the training rows is safe, but each row's own label leaks "
        "into its feature, especially for rare merchants.",
    ),
    (
        "ml.categorical_encoding",
        7,
        "Rare merchants are shrunk toward the global mean the most, while common ones stay "
        "close to their own average.",
    ),
    (
        "ml.regression_metrics",
        1,
        "People think the square root undoes the squaring, but RMSE still weights big errors "
        "much more than MAE does.",
    ),
    (
        "ml.regression_metrics",
        7,
        "R squared is not bounded below by zero on test data; it goes negative when the model "
        "does worse than the mean.",
    ),
    (
        "ml.svm_margin_kernels",
        4,
        "It's a small C, not a large one, that tolerates violations and widens the margin; a "
        "large C narrows it and can overfit.",
    ),
    (
        "ml.svm_margin_kernels",
        5,
        "Rather than mapping points into the feature space explicitly, the kernel computes "
        "their dot products there directly.",
    ),
    (
        "ml.time_series_validation",
        1,
        "A random split doesn't give a pessimistic score here; because neighbouring days are "
        "nearly duplicates it is optimistic.",
    ),
    (
        "ml.time_series_validation",
        6,
        "Instead of fitting the scaler on the whole dataset once, I fit it within each training "
        "window, since using future values leaks.",
    ),
    (
        "stats.seed_variance",
        5,
        "Reporting the best seed is a classic mistake; the maximum over noisy runs is biased "
        "upward, so I report the mean.",
    ),
    (
        "stats.seed_variance",
        1,
        "A paired test on one run each is not enough, because it ignores how another seed of "
        "the same recipe would score.",
    ),
    (
        "ml.capability_thresholds",
        1,
        "Rather than trying to prove the threshold was crossed, the evals try to rule it out "
        "with margin, because a false negative is the costly error.",
    ),
    (
        "ml.capability_thresholds",
        6,
        "A common mistake is to test the default model with its refusals; I test a helpful-only "
        "variant with strong scaffolding instead.",
    ),
    (
        "ml.elicitation_sandbagging",
        1,
        "People think a low score is the conservative error, but under-elicitation gives false "
        "reassurance because others can elicit more after release.",
    ),
    (
        "ml.elicitation_sandbagging",
        4,
        "Prompting alone often fails to unlock a hidden capability, while fine-tuning on a few "
        "demonstrations recovers most of it.",
    ),
    (
        "ml.ai_control",
        1,
        "The trusted model is the weaker one, not the most capable; the capable model is the "
        "one we treat as untrusted.",
    ),
    (
        "ml.ai_control",
        0,
        "Rather than relying on the model's alignment, control aims for safety even if the "
        "model is scheming against us.",
    ),
    # Hostile round on llm systems (session of 2026-12-07, fourth): the mistakes caught after
    # the bank's new versions, and the right sentences beside them.
    (
        "llm.evaluation_design",
        1,
        "A single overall score is tempting, but it hides trade-offs, so I keep correctness, "
        "helpfulness, harmlessness, consistency and robustness as separate scores.",
    ),
    (
        "llm.evaluation_design",
        3,
        "LLM judges are cheap, but I would not trust them without first calibrating them "
        "against human raters, who still judge the subjective qualities.",
    ),
    (
        "llm.failure_diagnosis",
        0,
        "Some people wait for the root cause before acting, but for serious harm I'd contain it "
        "first with a tighter filter, a fallback or a rollback.",
    ),
    (
        "llm.failure_diagnosis",
        3,
        "It's tempting to assume the reward model always penalizes harmful answers, but reward "
        "models have gaps and the policy can exploit them.",
    ),
    (
        "llm.hallucination",
        3,
        "A common myth is that RAG eliminates hallucinations; it grounds answers in trusted "
        "documents and enables citations, but retrieval can still fail.",
    ),
    (
        "llm.hallucination",
        0,
        "Hallucinations are not a decoding bug; they are fluent but unsupported outputs that "
        "appear because pretraining rewards plausible text rather than truth.",
    ),
    (
        "llm.guardrails",
        0,
        "RLHF helps a lot, but an aligned model alone is not enough, so I surround it with "
        "independent control layers.",
    ),
    (
        "llm.guardrails",
        7,
        "Blocking broadly looks safe, but it raises false refusals and latency, so I track "
        "over-refusal alongside harm.",
    ),
    (
        "llm.constitutional_ai",
        2,
        "Unlike classic RLHF, where humans label the pairs, here an AI evaluator picks the "
        "better response according to the principles and that trains the preference model.",
    ),
    (
        "llm.constitutional_ai",
        5,
        "A constitution doesn't guarantee anything by itself, so red teaming, human spot checks "
        "and runtime guardrails are still needed.",
    ),
    (
        "llm.adversarial_prompts",
        3,
        "It's tempting to assume the model will always obey the system prompt, but it won't "
        "reliably, so untrusted content is delimited and treated as data rather than "
        "instructions.",
    ),
    (
        "llm.adversarial_prompts",
        0,
        "Prompt injection isn't something the user types; unlike a direct jailbreak, it arrives "
        "hidden inside documents, web pages or tool results.",
    ),
    (
        "llm.prompt_sensitivity",
        3,
        "Reporting only the best prompt template is tempting, but I'd average over several "
        "templates and samples and report the spread.",
    ),
    (
        "llm.prompt_sensitivity",
        5,
        "A high temperature adds randomness, so in production I choose the temperature for the "
        "task, version and regression-test the templates, and normalize inputs.",
    ),
    (
        "llm.monitoring",
        4,
        "An overall average can look flat while one language or customer collapses, so I split "
        "every metric by slice and watch for input drift.",
    ),
    (
        "llm.monitoring",
        5,
        "Paging on every single flagged output would swamp the on-call, so alerts fire on "
        "spikes or sustained shifts against a baseline, with a severity, an owner and a "
        "runbook.",
    ),
    (
        "llm.rollout",
        1,
        "An average improvement can hide a regression in one slice, so the candidate must clear "
        "every slice's threshold, not just the overall score.",
    ),
    (
        "llm.rollout",
        2,
        "Switching all traffic at once is risky, so I move gradually from shadow mode or "
        "internal users to a small canary and then larger steps.",
    ),
    (
        "llm.control_latency_cost",
        1,
        "Sending every request to the large judge first would be slow, so in a cascade the "
        "cheap classifier sees everything and only uncertain cases escalate.",
    ),
    (
        "llm.control_latency_cost",
        2,
        "The output check doesn't have to wait for the whole response; it can scan streamed "
        "chunks while the input check runs in parallel with generation.",
    ),
    (
        "llm.bias_fairness",
        2,
        "A high overall accuracy can still hide a large gap for one dialect, so I break every "
        "metric down by language, dialect and group.",
    ),
    (
        "llm.bias_fairness",
        1,
        "Simply stripping names and genders from prompts doesn't test anything; counterfactual "
        "tests swap them in otherwise identical prompts and compare the answers.",
    ),
    (
        "llm.moderation_system",
        1,
        "Running the large LLM on every post would be far too expensive at this volume, so "
        "cheap hash matching and classifiers go first and only uncertain posts escalate.",
    ),
    (
        "llm.moderation_system",
        3,
        "Overall accuracy alone is misleading here, so I measure precision and recall per "
        "category and per language.",
    ),
    (
        "llm.fallback_escalation",
        1,
        "A model's self-reported confidence is a useful signal, but I wouldn't let it gate "
        "escalation alone; I'd validate it on labeled traffic and combine it with other "
        "signals.",
    ),
    (
        "llm.fallback_escalation",
        3,
        "A flat refusal is the easy default, but a better one answers the safe part, asks a "
        "clarifying question or points to trusted resources.",
    ),
    (
        "llm.eval_feedback_loop",
        0,
        "Offline suites can't reveal failures nobody anticipated; they are for comparing "
        "versions and gating releases, while online signals expose the unexpected.",
    ),
    (
        "llm.eval_feedback_loop",
        4,
        "A fixed test set does not stay representative forever; it goes stale and can leak into "
        "training data.",
    ),
    (
        "llm.safety_usefulness",
        0,
        "People often treat refusal as the safe default, but a needless refusal fails the user "
        "and can push them to a worse source.",
    ),
    (
        "llm.safety_usefulness",
        4,
        "It isn't strictly zero-sum: preference data that penalizes both harmful help and "
        "pointless refusals can improve both sides at once.",
    ),
    (
        "llm.safe_assistant_design",
        4,
        "Filters alone are not the main defense; the model is aligned with fine-tuning and "
        "RLHF, and the filters act as backstops.",
    ),
    (
        "llm.safe_assistant_design",
        1,
        "It's tempting to define metrics after launch, but I'd fix the evaluation framework and "
        "release thresholds before building.",
    ),
    # A hostile round on ten coding questions: a strong answer with one fluent mistake, caught
    # after each mistake's point got a marked wrong version (the held-out wordings caught before).
    (
        "code.binary_search",
        2,
        "Returning as soon as the middle equals the target would give an arbitrary duplicate, "
        "so instead I keep moving left to reach the first one.",
    ),
    (
        "code.binary_search",
        4,
        "On an unsorted list it would silently return wrong answers, so sorting is a "
        "precondition rather than an optimization.",
    ),
    (
        "code.gradient_descent",
        2,
        "People think a bigger learning rate always converges faster, but past a threshold set "
        "by the curvature it overshoots and diverges.",
    ),
    (
        "code.gradient_descent",
        3,
        "Unlike a neural network, a linear model's squared error has no local minima to get "
        "stuck in, only the single global one.",
    ),
    (
        "code.longest_common_subsequence",
        1,
        "This is where it differs from longest common substring: on a mismatch I don't reset to "
        "zero, I take the larger of the cell above and the cell to the left.",
    ),
    (
        "code.longest_common_subsequence",
        4,
        "It's O(m times n) rather than O(m plus n), because every pair of prefixes gets its own cell.",
    ),
    (
        "code.top_p_sampling",
        2,
        "A common bug is to stop before the crossing token, but I include the token that pushes "
        "the sum past p, so the kept mass is at least p.",
    ),
    (
        "code.top_p_sampling",
        4,
        "It's top-p rather than top-k that adapts the number of candidates to the shape of the "
        "distribution; top-k is fixed.",
    ),
    (
        "code.stratified_kfold",
        1,
        "Each fold is the test set exactly once, while the other k minus one folds together train the model.",
    ),
    (
        "code.stratified_kfold",
        5,
        "People assume stratifying also keeps a patient's rows together, but it doesn't; that "
        "needs group k-fold on top.",
    ),
    (
        "code.edit_distance",
        1,
        "Unlike the LCS table, the first row and column aren't zeros here; they count up, since "
        "deleting a prefix costs its length.",
    ),
    (
        "code.edit_distance",
        3,
        "Keeping two rows cuts the memory, but the time stays O(m times n), since every cell is "
        "still computed.",
    ),
    (
        "code.bpe_merge",
        2,
        "People often think BPE encodes by longest match, but it replays the merges in the "
        "order they were learned.",
    ),
    (
        "code.bpe_merge",
        3,
        "Unlike a word-level vocabulary, there's no unknown token here, since any unseen word "
        "falls back to characters or bytes.",
    ),
    (
        "code.kv_cache_attention",
        1,
        "People sometimes cache the queries too, but only keys and values are needed, since "
        "each query is used once by its own position.",
    ),
    (
        "code.kv_cache_attention",
        3,
        "The attention score matrix is quadratic, but the cache itself grows only linearly with "
        "the context length.",
    ),
    (
        "code.mlp_backward",
        3,
        "A one-sided difference has error linear in eps, which is why I use the central "
        "difference, whose error shrinks with eps squared.",
    ),
    (
        "code.mlp_backward",
        6,
        "A mismatch at a ReLU kink doesn't mean the backward pass has a bug; the function just "
        "isn't differentiable there.",
    ),
    (
        "code.eval_harness",
        1,
        "It's tempting to drop timed-out items from the denominator, but that inflates the "
        "score, so they count as wrong.",
    ),
    (
        "code.eval_harness",
        3,
        "Rather than a fixed wait, the backoff doubles after every failed attempt, with jitter "
        "so clients don't retry in lockstep.",
    ),
    # The rest of LLM engineering (seven questions) against the same kind of round.
    (
        "dl.activation_patching",
        5,
        "Zero ablation is tempting because it is simple, but it pushes the model off "
        "distribution, so I prefer a minimally different real prompt.",
    ),
    (
        "dl.activation_patching",
        4,
        "Denoising, patching clean into corrupted, tests sufficiency, and noising, patching "
        "corrupted into clean, tests necessity.",
    ),
    (
        "dl.superposition",
        1,
        "Dense features are the bad case for superposition, because many would be active at "
        "once and interfere, so sparsity is what makes it cheap.",
    ),
    (
        "dl.superposition",
        6,
        "The residual stream has no privileged basis, so its individual dimensions are not "
        "meaningful units, whereas neurons after an elementwise nonlinearity are.",
    ),
    (
        "nlp.process_vs_outcome_rewards",
        4,
        "Monte Carlo rollouts make step labels cheaper than human annotation, but the labels "
        "they give are noisy.",
    ),
    (
        "nlp.process_vs_outcome_rewards",
        6,
        "DeepSeek-R1 chose rule-based outcome rewards over a learned process reward model for "
        "RL, and process models were kept for things like reranking.",
    ),
    (
        "nlp.reasoning_models",
        6,
        "It is tempting to treat the chain of thought as a faithful record of how the answer "
        "was reached, but hint experiments show models use cues they never mention.",
    ),
    (
        "nlp.reasoning_models",
        2,
        "More thinking tokens help on hard problems, although on easy questions the extra "
        "thinking mostly adds cost.",
    ),
    (
        "nlp.quality_filtering",
        4,
        "Reading a sample of kept pages is a sanity check, but the real test is training small "
        "models on filtered and unfiltered data and comparing benchmarks.",
    ),
    (
        "nlp.quality_filtering",
        3,
        "A perplexity filter drops the documents the reference model finds most surprising, and "
        "keeps the ones it finds likely.",
    ),
    (
        "nlp.data_mixture",
        3,
        "A mixture that wins at small scale can lose at large scale, so the proxy result is a "
        "shortlist rather than the final answer.",
    ),
    (
        "nlp.data_mixture",
        4,
        "Repeating the best sources for a few epochs is fine, but going far beyond about four "
        "epochs wastes compute.",
    ),
    (
        "dl.context_expert_parallelism",
        2,
        "A plain contiguous split would be unbalanced under the causal mask, because early "
        "chunks have little work, which is why a zigzag assignment is used.",
    ),
    (
        "dl.context_expert_parallelism",
        4,
        "Megatron's sequence parallelism is easily confused with context parallelism, but it "
        "only shards the norm and dropout activations inside a tensor-parallel group.",
    ),
    # Five system design questions against the same kind of round.
    (
        "design.recommendation_feed",
        0,
        "Click-through rate is tempting, but it rewards clickbait, so I'd make long-term value "
        "like next-week return visits the target and keep clicks only as a diagnostic.",
    ),
    (
        "design.recommendation_feed",
        4,
        "Offline gains in nDCG often don't carry over online, so offline metrics only shortlist "
        "and the A/B test decides the launch.",
    ),
    (
        "design.search_ranking",
        2,
        "Top positions get more clicks because of where they sit, not only because they are "
        "more relevant, so I'd correct the click labels with inverse-propensity weights "
        "estimated from a little randomization.",
    ),
    (
        "design.search_ranking",
        1,
        "Embeddings alone miss exact brand names and model numbers, so retrieval keeps BM25 "
        "alongside the embedding retriever.",
    ),
    (
        "design.llm_eval_platform",
        4,
        "A one-point gain can be noise, so I'd only call it progress when the paired confidence "
        "interval over the shared items excludes zero.",
    ),
    (
        "design.llm_eval_platform",
        7,
        "A plain zero-shot prompt understates what a model can do, so dangerous-capability "
        "evals use the strongest elicitation we have, with data and transcripts kept under "
        "restricted access.",
    ),
    (
        "design.spam_abuse",
        6,
        "Counting what the classifier blocked is tempting but only measures what it already "
        "catches, so prevalence comes from human review of a random sample of delivered "
        "messages.",
    ),
    (
        "design.spam_abuse",
        4,
        "Rather than telling attackers exactly which signal tripped, I'd limit them quietly or "
        "act with a delay, and retrain often on signals that are expensive to fake.",
    ),
    (
        "design.code_completion",
        5,
        "Acceptance rate alone is misleading because it rewards short, trivial suggestions, so "
        "the A/B test also tracks how much accepted code survives, latency and developer "
        "surveys.",
    ),
    (
        "design.code_completion",
        2,
        "Rather than our largest model, completions come from a small, fast fill-in-the-middle "
        "model, possibly distilled from the big one, which stays for chat requests.",
    ),
    # "Finding no matches" names a case: its "no" denies nothing of the point.
    (
        "nlp.decontamination",
        3,
        "Finding no n-gram matches doesn't rule contamination out, since paraphrased or "
        "translated copies slip past it.",
    ),
    # A preference turned round as the fault of what the sentence judges bad.
    (
        "dl.linear_probes",
        2,
        "A deep nonlinear probe would be worse here, since it can learn the task itself rather "
        "than read out what the layer contains.",
    ),
    (
        "llm.failure_diagnosis",
        0,
        "Leaving the model live would only let the harm spread, so I'd roll back to the last "
        "good version while we dig in.",
    ),
    # Both cases said right in one sentence: each case is judged in its own clause.
    (
        "ml.bias_variance",
        6,
        "When a model overfits, I'd regularize it or get more data, and when it underfits, I'd add "
        "features or capacity.",
    ),
    (
        "ml.bias_variance",
        6,
        "If the model underfits, add features or capacity, and if it overfits, regularize or get more data.",
    ),
    (
        "code.longest_common_subsequence",
        1,
        "When the characters match I take the diagonal plus one, and when they don't I take the "
        "larger of the cell above and the cell to the left.",
    ),
    # Own research (session 32's hostile round): a mistake in a story of one's own work,
    # told as a candidate would, with right sentences worded near it.
    (
        "research.proud_project",
        1,
        "We were a team of three, but the data pipeline and the model were mine, and the "
        "controller integration was my colleague's work.",
    ),
    (
        "research.proud_project",
        3,
        "I didn't have a test set at the start, so I set aside a week of grasps on new products "
        "before training anything, and there it caught 91 percent of slips against 48 for the "
        "rules.",
    ),
    (
        "research.proud_project",
        5,
        "It wasn't perfect: deformable items still fooled it, and the wrist camera is what I "
        "would add for those next.",
    ),
    (
        "research.proud_project",
        4,
        "We missed the first rollout date by two weeks, but I told the operations lead early, "
        "and once it ran on all six cells the jams fell by two thirds.",
    ),
    (
        "research.own_contribution",
        2,
        "My lead did not agree at first, since dropping lactate cost six points of AUROC, but I "
        "showed her the ordering pattern and she came round.",
    ),
    (
        "research.own_contribution",
        1,
        "We shared one code base, but the feature pipeline and every experiment were mine from "
        "start to finish.",
    ),
    (
        "research.own_contribution",
        4,
        "I can't take credit for the framing: predicting six hours ahead was our lead's idea, "
        "and the labels came from the nurse's chart review.",
    ),
    (
        "research.own_contribution",
        3,
        "I had no access to the lab system's source, so I traced the timestamp bug from the "
        "outside by plotting lead times, and then rewrote our alignment code myself.",
    ),
    (
        "research.method_choice",
        1,
        "Training from scratch might have been the most accurate in the end, but we had too few "
        "labels, so I ruled it out for data rather than for accuracy.",
    ),
    (
        "research.method_choice",
        2,
        "I didn't have a benchmark at the start, so I built one from two hundred held-out "
        "images and ran all three options on it.",
    ),
    (
        "research.method_choice",
        4,
        "I didn't trust that the new cameras matched blindly: I checked a fresh sample first, "
        "and the images looked the same to the model.",
    ),
    (
        "research.method_choice",
        3,
        "The plant's rules weren't bad at obvious dents; they just couldn't see subtle "
        "scratches, which is what pretrained features capture.",
    ),
    (
        "research.evaluation",
        0,
        "Accuracy was 98 percent even for a model that flagged nothing, so I set it aside and "
        "used recall at a fixed false-flag rate.",
    ),
    (
        "research.evaluation",
        4,
        "The gain over the ResNet was within noise, so I said so, and made the case on cost and "
        "speed instead.",
    ),
    (
        "research.evaluation",
        2,
        "The ResNet baseline got the same tuning budget and augmentation as ours, even though "
        "that made our margin smaller.",
    ),
    (
        "research.evaluation",
        1,
        "I didn't have a clean test set at the start, so I had new farms flown after training "
        "and checked for duplicate frames.",
    ),
    (
        "research.results_significance",
        4,
        "It worked in both hospitals, but both used the same scanner vendor, so I wouldn't "
        "claim it generalizes to other equipment yet.",
    ),
    (
        "research.results_significance",
        3,
        "It is not state of the art on accuracy; its advantage over published models is that it "
        "runs cheaply on existing servers.",
    ),
    (
        "research.results_significance",
        1,
        "At first I didn't know why it missed cases, so I read through the misses, and they "
        "were mostly portable films, which changed what we labeled next.",
    ),
    (
        "research.results_significance",
        0,
        "Specificity didn't drop: we held it fixed, and sensitivity rose from 78 to 93 percent.",
    ),
    (
        "research.limitations",
        1,
        "The customers weren't doing anything wrong by calling from the street; our training "
        "audio simply had almost none of that noise.",
    ),
    (
        "research.limitations",
        2,
        "I didn't have an independent test set at first, so the 9 percent is from the same call "
        "centres, and I say plainly that it's probably optimistic.",
    ),
    (
        "research.limitations",
        0,
        "It works well on headset calls, but on noisy mobile calls the error rate triples, "
        "which is its clearest failure.",
    ),
    (
        "research.limitations",
        5,
        "I'd still use it on every call, but noisy mobile calls get a low-confidence warning "
        "and a person checks them.",
    ),
    (
        "research.next_steps",
        3,
        "If synthetic labels barely help, I'd drop that hypothesis rather than keep tuning it, "
        "and try query rewriting.",
    ),
    (
        "research.next_steps",
        1,
        "It's tempting to blame the model's size, but I think the cause is missing click data "
        "on rare queries.",
    ),
    (
        "research.next_steps",
        2,
        "I wouldn't go straight to a full rebuild: a cheap test on held-out rare queries comes "
        "first, with the bar set before I see results.",
    ),
    (
        "research.next_steps",
        4,
        "A bigger model is not where I'd start; ranked by impact against time, it comes last.",
    ),
    (
        "research.surprise_negative",
        2,
        "My first thought was that I had a bug, so before believing it I checked the alignment "
        "and reran with five seeds.",
    ),
    (
        "research.surprise_negative",
        3,
        "The satellite data was fine; the real reason was that the weather forecast already "
        "carried the cloud information.",
    ),
    (
        "research.surprise_negative",
        4,
        "It was a disappointing result, and I said so openly in an internal write-up rather "
        "than quietly moving on.",
    ),
    (
        "research.surprise_negative",
        1,
        "The pilot had looked great, but on the full year the error barely moved, which surprised me.",
    ),
    (
        "research.choosing_problems",
        4,
        "I did drop the tactile-sensing project, even though I liked it, because its pilot "
        "gained almost nothing.",
    ),
    (
        "research.choosing_problems",
        0,
        "It wasn't the trendiest topic at conferences, but it blocked a real deployment, which "
        "is why I picked it.",
    ),
    (
        "research.choosing_problems",
        3,
        "I don't commit for a year up front; I set a three-week checkpoint and decide there.",
    ),
    (
        "research.choosing_problems",
        2,
        "We had no special compute, but our logs of robot failures were something few groups had.",
    ),
    (
        "research.reproducibility",
        0,
        "Fixing the seed makes a run repeatable, but it doesn't show the spread, so I still ran five seeds.",
    ),
    (
        "research.reproducibility",
        4,
        "I never picked checkpoints on the test set; the dev set decided, and the test set was scored once.",
    ),
    (
        "research.reproducibility",
        1,
        "The baselines weren't run on defaults: each got the same tuning trials as our model.",
    ),
    (
        "research.reproducibility",
        2,
        "I couldn't match the published baseline number at first, so I fixed our pipeline until "
        "I did before comparing.",
    ),
    (
        "research.paper_critique",
        1,
        "It came from a famous lab, but that's not why I chose it: it connects directly to my "
        "work on limited labels.",
    ),
    (
        "research.paper_critique",
        3,
        "The results were strong, but a single seed on two possibly contaminated benchmarks "
        "doesn't prove much.",
    ),
    (
        "research.paper_critique",
        4,
        "Rerunning their benchmark wouldn't be enough; I'd use problems released after the "
        "training cutoff, with several seeds.",
    ),
    (
        "research.paper_critique",
        2,
        "The compute wasn't huge, but the experiments were clean and covered three model sizes.",
    ),
    # Phone screen (session 32's hostile round): a motive, a fact or a plan said wrong,
    # in a strong answer unlike the model answer's, with right sentences worded near it.
    (
        "phone.why_anthropic",
        0,
        "The compensation is competitive, but that's not what draws me; it's the mission of "
        "building safe, steerable AI.",
    ),
    (
        "phone.why_anthropic",
        1,
        "The Responsible Scaling Policy doesn't promise to stop research; it commits to "
        "stronger safeguards before more capable models are deployed.",
    ),
    (
        "phone.why_anthropic",
        2,
        "Small models are useful for quick experiments, but many important failure modes only "
        "appear at scale, so the core safety research has to happen on frontier models.",
    ),
    (
        "phone.why_anthropic",
        3,
        "My team at the hospital was small and we had no dedicated red team, so I built the "
        "stress tests for the triage model myself.",
    ),
    (
        "phone.background",
        1,
        "The project I'm proudest of had no metric at the start, so I defined the dropped-part "
        "rate myself, and it fell by about a third.",
    ),
    (
        "phone.background",
        1,
        "We were a team of four, but I owned the grasp-failure predictor and its rollout, and "
        "it cut dropped parts by a third.",
    ),
    (
        "phone.background",
        4,
        "The pay is in line with the market, but the real reason is that this role is the "
        "natural next step for my reliability work, on safe frontier AI.",
    ),
    (
        "phone.background",
        3,
        "Reliability wasn't anyone's job at the startup at first, so I made it mine, and that's "
        "been the thread through my career.",
    ),
    (
        "phone.motivation_role",
        2,
        "My manager didn't want me to leave at first, but I've outgrown the role, and I want to "
        "work closer to the models themselves.",
    ),
    (
        "phone.motivation_role",
        4,
        "The compensation matters to me like it does to anyone, but what I want most is daily "
        "work that reduces real risks from AI systems.",
    ),
    (
        "phone.motivation_role",
        1,
        "I had no evaluation team to lean on at the bank, so I built the harness and the "
        "red-team suite for our assistant myself.",
    ),
    (
        "phone.motivation_role",
        3,
        "I'm not a researcher yet, and I want to grow toward research engineering by learning "
        "from strong researchers.",
    ),
    (
        "phone.research_knowledge",
        2,
        "Constitutional AI doesn't remove humans entirely, but it replaces most human harm "
        "labels with AI feedback guided by written principles.",
    ),
    (
        "phone.research_knowledge",
        5,
        "The RSP isn't a size cap; it ties capability thresholds to AI safety levels, so "
        "stronger models need stronger safeguards before deployment.",
    ),
    (
        "phone.research_knowledge",
        6,
        "ASL-3 for Claude Opus 4 wasn't triggered by proof that the model was dangerous; it was "
        "a precaution because they couldn't rule it out.",
    ),
    (
        "phone.research_knowledge",
        4,
        "Unlike sleeper agents, where a backdoor was trained in deliberately, the "
        "alignment-faking study found Claude 3 Opus complying strategically during training on "
        "its own, to keep its values from changing.",
    ),
    (
        "phone.logistics",
        1,
        "I haven't got an offer from the other company yet, but I'm in their final round, and "
        "I'll tell you right away if a deadline comes up.",
    ),
    (
        "phone.logistics",
        3,
        "I don't need sponsorship for London, since I'm a UK citizen; for San Francisco I would need a visa.",
    ),
    (
        "phone.logistics",
        2,
        "I'm not looking for a remote role; I'd rather be in the London office in person most "
        "of the week, and I'll relocate from Manchester.",
    ),
    (
        "phone.logistics",
        4,
        "I can't start right away because my notice period is one month, so realistically about "
        "six weeks after accepting.",
    ),
    (
        "phone.compensation",
        3,
        "Pay isn't the main reason I'm here, but I do want an offer that's fair for the market.",
    ),
    (
        "phone.compensation",
        1,
        "I didn't want to name a number before knowing the level, so I'd ask about the band "
        "first, and then I'm comfortable sharing a range.",
    ),
    (
        "phone.compensation",
        2,
        "Base salary matters, but I look at it together with equity, benefits and growth, not on its own.",
    ),
    (
        "phone.compensation",
        0,
        "I didn't have good data at first, so I looked up public salary figures and asked "
        "people in the field.",
    ),
    (
        "phone.next_team",
        1,
        "I don't want a team where nobody challenges me; I want colleagues who give candid "
        "reviews and argue about ideas.",
    ),
    (
        "phone.next_team",
        2,
        "I don't need to be handed tickets; I'd like to own a problem from the design through "
        "measuring whether it worked.",
    ),
    (
        "phone.next_team",
        3,
        "My last manager didn't agree with me at first, but she changed her mind when I showed "
        "her the data, and that's the culture I want.",
    ),
    (
        "phone.next_team",
        4,
        "I don't do well on teams that ship models without serious evaluation, and I'd rather "
        "say that up front.",
    ),
    (
        "phone.questions_for_us",
        1,
        "Beyond pay or title, what would success in this role look like after six months, and "
        "what would my first project be?",
    ),
    (
        "phone.questions_for_us",
        0,
        "Is safety handled by a separate team, or does it shape the daily research and what you "
        "decide to build?",
    ),
    (
        "phone.questions_for_us",
        4,
        "I don't want to take more of your time, so just one more: what are the next steps, and "
        "what should I prepare for the technical rounds?",
    ),
    (
        "phone.questions_for_us",
        2,
        "Is it one team, or do researchers hand work off to engineers, and how do you decide "
        "what to work on?",
    ),
    (
        "phone.safety_views",
        2,
        "The validation set the data team gave us missed that clinic, but catching it was my "
        "job, and it changed how I evaluate.",
    ),
    (
        "phone.safety_views",
        3,
        "I don't think every model has to be proven perfectly safe, but more capable ones "
        "should only ship once evaluations and safeguards have kept up.",
    ),
    (
        "phone.safety_views",
        4,
        "Safety isn't solved, and it won't be by one paper, but I think careful research and "
        "engineering make real progress on it.",
    ),
    (
        "phone.safety_views",
        0,
        "Nothing catastrophic happened in my case, but as models get more capable and connected "
        "to real tools, their mistakes could harm many people at once.",
    ),
    # Behavioral (session 32's hostile round): a warning sign in a true story unlike the model
    # answer's; right sentences are details that sound negative and are fine.
    (
        "beh.safety_concern",
        4,
        "My lead didn't agree at first and wanted to ship and patch later, so I told him I'd "
        "take it to the safety board, and we presented it there together.",
    ),
    (
        "beh.safety_concern",
        3,
        "Not every risk was a blocker: the cosmetic issues could ship and be patched later, but "
        "the chest pain one could not.",
    ),
    (
        "beh.safety_concern",
        0,
        "I had no authority over the launch date; I was only the person running the evaluation "
        "when I noticed the chest pain cases.",
    ),
    (
        "beh.safety_concern",
        5,
        "We missed the original launch date by ten days, but we told the clinics early, and the "
        "fixed model under-triaged older women no more than anyone else.",
    ),
    (
        "beh.technical_disagreement",
        2,
        "At first I thought she just wanted the flashier method, but I asked her to explain her "
        "reasoning and found she had a real concern about deformable bags.",
    ),
    (
        "beh.technical_disagreement",
        5,
        "My approach didn't win outright, and I committed fully to the combined controller even "
        "though it wasn't my original plan.",
    ),
    (
        "beh.technical_disagreement",
        4,
        "Our PI didn't pick a side; he asked us to bring the grasp results, which kept it about "
        "evidence rather than seniority.",
    ),
    (
        "beh.technical_disagreement",
        6,
        "I didn't get my way, but the hybrid the data supported reached ninety-one percent at the demo.",
    ),
    (
        "beh.failure",
        2,
        "The data team knew the labels arrive late, but it was my job to ask, so I don't blame "
        "them; the miss was mine.",
    ),
    (
        "beh.failure",
        3,
        "I didn't have a fix when I told the committee, but I told them the same day rather "
        "than waiting until I had one.",
    ),
    (
        "beh.failure",
        4,
        "We missed the holiday date, but I told everyone early and the reduced version shipped "
        "six weeks later.",
    ),
    (
        "beh.failure",
        6,
        "I didn't check the labels myself at the start, and the lesson I took is to test the "
        "riskiest assumption in the first weeks.",
    ),
    (
        "beh.ambiguity",
        2,
        "I didn't have a metric at the start, so I defined one myself after shadowing three charge nurses.",
    ),
    (
        "beh.ambiguity",
        3,
        "My first assumption, that call-ins were predictable a week out, turned out wrong, but "
        "because I checked it with the nursing director in the first week it cost only a few "
        "days.",
    ),
    (
        "beh.ambiguity",
        6,
        "Nobody defined the problem for me, and I learned that's usually how it goes, so now I "
        "write the brief myself on day one.",
    ),
    (
        "beh.ambiguity",
        4,
        "I didn't build the full system first; I started with a small forecast on two units to "
        "test the riskiest assumption.",
    ),
    (
        "beh.deadline_prioritization",
        3,
        "Safety testing was the one thing we didn't cut, even though it took the longest.",
    ),
    (
        "beh.deadline_prioritization",
        4,
        "The program manager didn't like the cuts at first, but because I told him in the first "
        "week he had time to adjust the launch messaging.",
    ),
    (
        "beh.deadline_prioritization",
        6,
        "We missed multi-language support for the freeze, but we told everyone early and it "
        "went out a month later.",
    ),
    (
        "beh.deadline_prioritization",
        2,
        "I didn't try to do everything; I ranked the list and agreed the cuts with the program manager.",
    ),
    (
        "beh.hard_feedback",
        2,
        "My first instinct was to defend myself and say the ideas weren't ready, but I held "
        "back and asked for examples instead.",
    ),
    (
        "beh.hard_feedback",
        3,
        "I didn't understand the feedback at first, so I asked for specific moments until I saw "
        "exactly what I was doing.",
    ),
    (
        "beh.hard_feedback",
        5,
        "Not everyone noticed right away, but by the next cycle the same peers wrote that "
        "meetings felt more open.",
    ),
    (
        "beh.hard_feedback",
        6,
        "I slipped a few times in the first month, but my teammate flagged it and the habit has stuck since.",
    ),
    (
        "beh.influence",
        1,
        "I had no authority over the offices, so I needed them to want the change rather than "
        "be told to make it.",
    ),
    (
        "beh.influence",
        5,
        "One office never switched, but five of six did within three months, and false alerts "
        "in their queues fell by a quarter.",
    ),
    (
        "beh.influence",
        4,
        "I didn't pitch it around my team's metrics; I talked about the false alerts clogging "
        "their own queues.",
    ),
    (
        "beh.influence",
        3,
        "The investigators didn't have time for five clicks per case, so I cut it to a single "
        "pre-filled drop-down.",
    ),
    (
        "beh.production_mistake",
        2,
        "I didn't have the fix ready when I raised it, but I told my manager and the incident "
        "channel right away.",
    ),
    (
        "beh.production_mistake",
        1,
        "The reviewer missed it too, but it was my change, so it was on me to contain it and "
        "stop it recurring.",
    ),
    (
        "beh.production_mistake",
        4,
        "Being more careful wasn't enough on its own, so I added an automated check that blocks the rollout.",
    ),
    (
        "beh.production_mistake",
        5,
        "We couldn't undo every declined payment, but customers were affected for only about three hours.",
    ),
    (
        "beh.mentoring",
        3,
        "I didn't fix things for her, even when it would have been faster; I asked what she expected to see.",
    ),
    (
        "beh.mentoring",
        4,
        "Our twice-weekly meetings didn't last; I cut them back as she needed me less.",
    ),
    (
        "beh.mentoring",
        0,
        "She wasn't a natural programmer at first, and her first models leaked test data.",
    ),
    (
        "beh.mentoring",
        5,
        "It took longer than I expected, but six months later she shipped her model on her own.",
    ),
    (
        "beh.ship_vs_right",
        2,
        "Not every issue was a blocker: the awkward phrasing could wait, but wrong rate quotes could not.",
    ),
    (
        "beh.ship_vs_right",
        4,
        "We didn't launch to everyone; we went to ten percent of visitors with a way to switch "
        "it off in minutes.",
    ),
    (
        "beh.ship_vs_right",
        5,
        "We found a confusing answer after launch, but only a tenth of visitors saw it and we "
        "fixed it before expanding.",
    ),
    (
        "beh.ship_vs_right",
        0,
        "My manager wanted the full launch on the date at first, and the testing was still unfinished.",
    ),
    (
        "beh.changed_mind",
        4,
        "It was uncomfortable to admit I was wrong in front of the group, but I said it plainly "
        "and showed the logs.",
    ),
    (
        "beh.changed_mind",
        3,
        "My labmate had suspected the timing all along, but it was the logs that changed my "
        "mind, not her seniority.",
    ),
    (
        "beh.changed_mind",
        0,
        "I was wrong, and I had argued loudly for the redesign in front of the whole lab.",
    ),
    (
        "beh.changed_mind",
        6,
        "I'm not always good at it, but I try to hold my views loosely and say so quickly when "
        "the data shows I'm wrong.",
    ),
    (
        "beh.values_conflict",
        3,
        "I didn't refuse to build it; I brought the numbers and two alternatives that still "
        "grew the business.",
    ),
    (
        "beh.values_conflict",
        4,
        "I didn't have to escalate, but I knew I would take it to the risk committee if they "
        "shipped it unchanged.",
    ),
    (
        "beh.values_conflict",
        0,
        "My manager didn't share my concern at first, since the offer was legal and profitable.",
    ),
    (
        "beh.values_conflict",
        5,
        "Uptake fell by about five percent, which the product owner didn't love, but defaults "
        "on the offer dropped.",
    ),
    (
        "beh.explain_complex",
        2,
        "I didn't start with how the model works inside; I started from how many extra bedside "
        "checks they could absorb.",
    ),
    (
        "beh.explain_complex",
        4,
        "They nodded along, but I didn't take that as understanding, so I asked them to explain it back.",
    ),
    (
        "beh.explain_complex",
        3,
        "I didn't tell them the model was ninety-five percent accurate, because that number "
        "would mislead them; I showed what each setting meant on their wards.",
    ),
    (
        "beh.explain_complex",
        0,
        "The nursing leaders had no statistics background, and they asked why we couldn't catch "
        "every case without false alarms.",
    ),
    (
        "beh.beyond_role",
        4,
        "The tools team didn't agree at first, so I reviewed the design with them before "
        "touching their code.",
    ),
    (
        "beh.beyond_role",
        2,
        "I had no time set aside for it, so I told my manager and kept my own milestones on track.",
    ),
    (
        "beh.beyond_role",
        1,
        "It wasn't part of my role and nobody asked me to fix it, but it was costing everyone labels.",
    ),
    (
        "beh.beyond_role",
        5,
        "It didn't stop every crash, but lost work dropped to nearly zero and the tools team took it over.",
    ),
    (
        "beh.team_norms",
        2,
        "At first their way of working looked reckless to me, but before pushing back I asked "
        "the CTO why they did it.",
    ),
    (
        "beh.team_norms",
        4,
        "I didn't propose the checklist in my first weeks; I waited until people had started to "
        "rely on my calls.",
    ),
    (
        "beh.team_norms",
        0,
        "The startup's norms were very different from mine, and at first the pace felt chaotic.",
    ),
    (
        "beh.team_norms",
        3,
        "I didn't keep writing long documents; I adapted and kept my notes short.",
    ),
    (
        "beh.misuse_risk",
        2,
        "Nobody had asked me to look at misuse, but I spent two days trying to clone public "
        "figures' voices before launch.",
    ),
    (
        "beh.misuse_risk",
        4,
        "We didn't cancel the feature; we kept full access for paying creators with a quick consent check.",
    ),
    (
        "beh.misuse_risk",
        3,
        "A watermark doesn't eliminate impersonation on its own, so I paired it with a consent "
        "phrase and a review queue.",
    ),
    (
        "beh.misuse_risk",
        5,
        "We didn't catch every attempt, but misuse stayed low in the first year.",
    ),
]


def _with(question_id: str, index: int, sentence: str) -> str:
    sentences = list(STRONG[question_id])
    sentences[index] = sentence
    return " ".join(sentences)


@pytest.mark.parametrize(("question_id", "index", "sentence", "point"), WRONG)
def test_one_wrong_sentence_contradicts_its_point(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, index: int, sentence: str, point: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    strong = grader.grade(question, " ".join(STRONG[question_id]))
    assert strong.score >= 85 and not strong.contradicted, strong.score
    grade = grader.grade(question, _with(question_id, index, sentence))
    assert point in {p.point_id for p in grade.contradicted}, (grade.score, grade.contradicted)
    assert grade.score <= strong.score - 10, (grade.score, strong.score)


@pytest.mark.parametrize(("question_id", "index", "sentence"), RIGHT)
def test_a_right_sentence_worded_near_the_mistake_stands(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, index: int, sentence: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    grade = grader.grade(question, _with(question_id, index, sentence))
    assert not grade.contradicted, [(p.point_id, p.evidence) for p in grade.contradicted]
